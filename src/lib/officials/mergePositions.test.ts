import { describe, expect, it } from 'vitest'
import { mergePositions } from './mergePositions'

describe('mergePositions', () => {
  it('keeps one copy of a shared post and adds what the other record knew', () => {
    const merged = mergePositions(
      [{ id: 'k1', title: 'Bí thư Tỉnh ủy Hải Dương', start: '2020-10-01' }],
      [
        { id: 'r1', title: 'Bí thư Tỉnh ủy Hải Dương', start: '2020-10-01T00:00:00.000Z' },
        { id: 'r2', title: 'Ủy viên Trung ương Đảng', start: '2021-01-30' },
      ],
    )
    expect(merged).toEqual([
      { id: 'k1', title: 'Bí thư Tỉnh ủy Hải Dương', start: '2020-10-01' },
      { title: 'Ủy viên Trung ương Đảng', start: '2021-01-30' },
    ])
  })
})
