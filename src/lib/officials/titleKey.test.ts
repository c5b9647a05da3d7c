import { describe, expect, it } from 'vitest'
import { titleKey } from './titleKey'

describe('titleKey', () => {
  it('reads abbreviations and spellings of one title alike', () => {
    expect(titleKey('Ủy viên BCH Trung ương Đảng')).toBe(titleKey('Uỷ viên Trung ương Đảng'))
    expect(titleKey('Ủy viên Ban Chấp hành Trung ương Đảng')).toBe(titleKey('Ủy viên Trung ương Đảng'))
    expect(titleKey('Chủ tịch HĐND TP')).toBe(titleKey('Chủ tịch Hội đồng nhân dân thành phố'))
    expect(titleKey('Ủy viên BTV Thành ủy')).toBe(titleKey('Ủy viên Ban Thường vụ Thành ủy'))
  })
  it('keeps different titles apart', () => {
    expect(titleKey('Bí thư Tỉnh ủy')).not.toBe(titleKey('Phó Bí thư Tỉnh ủy'))
    expect(titleKey('Chủ tịch HĐND tỉnh')).not.toBe(titleKey('Chủ tịch UBND tỉnh'))
  })
})
