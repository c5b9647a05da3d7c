import { VIETNAM_TIME_ZONE } from '../format/dates'

export type CalendarView = 'week' | 'month'
export type CalendarRange = { view: CalendarView; start: Date; end: Date; days: string[]; previous: string; next: string }

const DAY = 86_400_000
const OFFSET = 7 * 3_600_000 // Asia/Ho_Chi_Minh has no daylight saving

/** "2026-11-23" of an instant, in Vietnam time. */
export function vnDay(value: string | Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(value))
}

const midnight = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - OFFSET)
const addDays = (day: string, n: number) => vnDay(new Date(midnight(day).getTime() + n * DAY + OFFSET / 2))

/**
 * The days a calendar shows around an anchor day: a Monday-to-Sunday week, or the whole
 * month padded to whole weeks, with the instants that bound it and the neighbouring anchors.
 */
export function calendarRange(view: CalendarView, anchor: string): CalendarRange {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(anchor) ? anchor : vnDay(new Date())
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7 // Monday = 0
  let first: string
  let count: number
  let previous: string
  let next: string
  if (view === 'week') {
    first = addDays(day, -weekday)
    count = 7
    previous = addDays(first, -7)
    next = addDays(first, 7)
  } else {
    const [y, m] = day.split('-').map(Number)
    const monthStart = `${y}-${String(m).padStart(2, '0')}-01`
    const lead = (new Date(`${monthStart}T00:00:00Z`).getUTCDay() + 6) % 7
    first = addDays(monthStart, -lead)
    const nextMonth = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`
    const span = Math.round((midnight(nextMonth).getTime() - midnight(first).getTime()) / DAY)
    count = Math.ceil(span / 7) * 7
    previous = m === 1 ? `${y - 1}-12-01` : `${y}-${String(m - 1).padStart(2, '0')}-01`
    next = nextMonth
  }
  const days = Array.from({ length: count }, (_, i) => addDays(first, i))
  return { view, start: midnight(first), end: midnight(addDays(first, count)), days, previous, next }
}
