import { describe, expect, it } from 'vitest'
import { calendarRange, vnDay } from './calendar'

describe('calendar', () => {
  it('reads days in Vietnam time', () => {
    expect(vnDay('2026-11-22T17:30:00Z')).toBe('2026-11-23')
    expect(vnDay('2026-11-22T16:59:00Z')).toBe('2026-11-22')
  })

  it('shows Monday to Sunday around a day', () => {
    const week = calendarRange('week', '2026-11-26') // a Thursday
    expect(week.days).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'])
    expect(week.start.toISOString()).toBe('2026-11-22T17:00:00.000Z')
    expect(week.end.toISOString()).toBe('2026-11-29T17:00:00.000Z')
    expect([week.previous, week.next]).toEqual(['2026-11-16', '2026-11-30'])
  })

  it('pads a month to whole weeks', () => {
    const month = calendarRange('month', '2026-02-10')
    expect(month.days[0]).toBe('2026-01-26')
    expect(month.days.length % 7).toBe(0)
    expect(month.days).toContain('2026-02-28')
    expect(month.days.at(-1)).toBe('2026-03-01')
    expect([month.previous, month.next]).toEqual(['2026-01-01', '2026-03-01'])
    expect(calendarRange('month', '2026-12-05').next).toBe('2027-01-01')
  })
})
