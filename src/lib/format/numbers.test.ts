import { describe, expect, it } from 'vitest'
import { formatDecimalVN, formatHoursVN, formatNumberVN } from './numbers'

describe('Vietnamese numbers', () => {
  it('groups thousands with a dot', () => {
    expect(formatNumberVN(1250)).toBe('1.250')
    expect(formatNumberVN(2_000_000)).toBe('2.000.000')
    expect(formatNumberVN(126)).toBe('126')
    expect(formatNumberVN(0)).toBe('0')
  })
  it('writes decimals with a comma, one place at most', () => {
    expect(formatDecimalVN(1.25)).toBe('1,3')
    expect(formatDecimalVN(1250.5)).toBe('1.250,5')
    expect(formatDecimalVN(2)).toBe('2')
  })
  it('says durations in days and hours', () => {
    expect(formatHoursVN(53)).toBe('2 ngày 5 giờ')
    expect(formatHoursVN(3.4)).toBe('3 giờ')
    expect(formatHoursVN(48)).toBe('2 ngày')
    expect(formatHoursVN(0.2)).toBe('dưới 1 giờ')
    expect(formatHoursVN(26, 'en')).toBe('1 d 2 h')
  })
})
