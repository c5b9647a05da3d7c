import { describe, expect, it } from 'vitest'
import { progressBar, progressWriter } from './progress'

describe('backup progress', () => {
  it('draws a bar with Vietnamese numbers', () => {
    expect(progressBar('documents', 1234, 10000, 10)).toBe('Tài liệu         [#---------] 1.234/10.000')
    expect(progressBar('checking', 7, 0)).toBe('Kiểm tra tệp     7')
  })

  it('writes a few lines to a log, not one per item', () => {
    const lines: string[] = []
    const write = progressWriter({ isTTY: false, write: (t) => lines.push(t) }, Date.now, 100)
    for (let i = 1; i <= 250; i++) write({ phase: 'documents', done: i, total: 250 })
    for (let i = 1; i <= 3; i++) write({ phase: 'files', done: i, total: 3 })
    expect(lines.map((l) => l.trim().split(/\s+\[/)[0])).toEqual(['Tài liệu', 'Tài liệu', 'Tài liệu', 'Tài liệu', 'Tệp ảnh', 'Tệp ảnh'])
  })
})
