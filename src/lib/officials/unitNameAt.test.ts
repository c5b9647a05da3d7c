import { describe, expect, it } from 'vitest'
import { unitNameAt, type UnitRecord } from './unitNameAt'

const units: UnitRecord[] = [
  { id: 1, name: 'Ban Dân vận Tỉnh ủy Hải Dương', validTo: '2025-06-30T16:59:59.000Z', successor: 2 },
  { id: 2, name: 'Ban Dân vận Thành ủy Hải Phòng', validFrom: '2025-06-30T17:00:00.000Z' },
  { id: 3, name: 'Ban Dân vận Huyện ủy Cẩm Giàng', validTo: '2025-06-30T16:59:59.000Z' },
]

describe('unitNameAt', () => {
  it('reads a current unit with its predecessor name before the change', () => {
    expect(unitNameAt(units, 2, '2023-12-28')).toBe('Ban Dân vận Tỉnh ủy Hải Dương')
    expect(unitNameAt(units, 2, '2025-08-01')).toBe('Ban Dân vận Thành ủy Hải Phòng')
  })
  it('reads an old unit with its successor name after the change', () => {
    expect(unitNameAt(units, 1, '2023-12-28')).toBe('Ban Dân vận Tỉnh ủy Hải Dương')
    expect(unitNameAt(units, 1, '2025-08-01')).toBe('Ban Dân vận Thành ủy Hải Phòng')
  })
  it('keeps a dissolved unit its own name, and knows nothing of unknown ids', () => {
    expect(unitNameAt(units, 3, '2026-01-01')).toBe('Ban Dân vận Huyện ủy Cẩm Giàng')
    expect(unitNameAt(units, 99, '2026-01-01')).toBeNull()
  })
})
