import { describe, expect, it } from 'vitest'
import { isPlausibleFileName } from './fileName'

describe('isPlausibleFileName', () => {
  it('takes the names uploads are stored under', () => {
    for (const name of ['hoi-nghi.jpg', 'hoi-nghi-768x512.webp', 'Hội nghị tổng kết.jpg', '50%.jpg', 'a..b.png', '.jpg'])
      expect(isPlausibleFileName(name), name).toBe(true)
  })

  it('refuses NUL, separators and paths encoded twice', () => {
    for (const name of ['', '\u0000', 'a\u0000b.jpg', '../x.jpg', 'a/b.jpg', 'a\\b.jpg', '..', '.', '..%2f..%2fpackage.json', '%2e%2e', '%252e%252e%252fx', 'x%00.jpg', 'a'.repeat(256)])
      expect(isPlausibleFileName(name), JSON.stringify(name)).toBe(false)
  })
})
