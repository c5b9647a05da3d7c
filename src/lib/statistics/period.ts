import { startOfDayVN } from '../format/dates'

/**
 * The period a dashboard covers, in whole Vietnam calendar months: a year, a quarter, a month,
 * a range of months, or everything. Totals are kept per unit and month (see
 * src/data/statistics), so every period is a run of months.
 */
export type PeriodKind = 'year' | 'quarter' | 'month' | 'range' | 'all'

export type Period = {
  kind: PeriodKind
  /** first and last month, "2024-03"; both null for 'all' */
  from: string | null
  to: string | null
  label: { vi: string; en: string }
  /** the query string that chose it (period, year, quarter, month, from, to) */
  query: Record<string, string>
}

export type PeriodInput = { period?: string; year?: string; quarter?: string; month?: string; from?: string; to?: string }

const ROMAN = ['I', 'II', 'III', 'IV']
const pad = (n: number) => String(n).padStart(2, '0')
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/
const inRange = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max

/** "03/2024" from "2024-03". */
export const monthLabel = (month: string): string => `${month.slice(5, 7)}/${month.slice(0, 4)}`

/** Reads the period from a query string; anything missing or wrong falls back to the current Vietnam year. */
export function parsePeriod(input: PeriodInput, today: string): Period {
  const thisYear = Number(today.slice(0, 4))
  const year = inRange(Number(input.year), 1990, 2100) ? Number(input.year) : thisYear
  switch (input.period) {
    case 'all':
      return { kind: 'all', from: null, to: null, label: { vi: 'Tất cả các năm', en: 'All years' }, query: { period: 'all' } }
    case 'quarter': {
      const q = inRange(Number(input.quarter), 1, 4) ? Number(input.quarter) : Math.ceil(Number(today.slice(5, 7)) / 3)
      return {
        kind: 'quarter',
        from: `${year}-${pad(q * 3 - 2)}`,
        to: `${year}-${pad(q * 3)}`,
        label: { vi: `Quý ${ROMAN[q - 1]}/${year}`, en: `Q${q} ${year}` },
        query: { period: 'quarter', year: String(year), quarter: String(q) },
      }
    }
    case 'month': {
      const m = inRange(Number(input.month), 1, 12) ? Number(input.month) : Number(today.slice(5, 7))
      const month = `${year}-${pad(m)}`
      return { kind: 'month', from: month, to: month, label: { vi: `Tháng ${monthLabel(month)}`, en: `Month ${monthLabel(month)}` }, query: { period: 'month', year: String(year), month: String(m) } }
    }
    case 'range': {
      const from = MONTH.test(input.from ?? '') ? input.from! : `${thisYear}-01`
      const to = MONTH.test(input.to ?? '') ? input.to! : today.slice(0, 7)
      const [a, b] = from <= to ? [from, to] : [to, from]
      return {
        kind: 'range',
        from: a,
        to: b,
        label: { vi: `Từ tháng ${monthLabel(a)} đến tháng ${monthLabel(b)}`, en: `From ${monthLabel(a)} to ${monthLabel(b)}` },
        query: { period: 'range', from: a, to: b },
      }
    }
    default:
      return { kind: 'year', from: `${year}-01`, to: `${year}-12`, label: { vi: `Năm ${year}`, en: `Year ${year}` }, query: { period: 'year', year: String(year) } }
  }
}

/** The month after "2024-12": "2025-01". */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`
}

/** Every month from one to another, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = []
  for (let m = from; m <= to && months.length < 1200; m = nextMonth(m)) months.push(m)
  return months
}

/** Whether a month ("2024-03") or a day ("2024-03-05") lies in the period. */
export function inPeriod(period: Pick<Period, 'from' | 'to'>, monthOrDay: string): boolean {
  const month = monthOrDay.slice(0, 7)
  return (!period.from || month >= period.from) && (!period.to || month <= period.to)
}

/** The period's first moment and the moment after it, as ISO (null for 'all'). */
export function periodBounds(period: Pick<Period, 'from' | 'to'>): { start: string; end: string } | null {
  if (!period.from || !period.to) return null
  return { start: startOfDayVN(`${period.from}-01`), end: startOfDayVN(`${nextMonth(period.to)}-01`) }
}

/** The years a period touches (for models, which are recognised by year). */
export function periodYears(period: Pick<Period, 'from' | 'to'>): { from: number | null; to: number | null } {
  return { from: period.from ? Number(period.from.slice(0, 4)) : null, to: period.to ? Number(period.to.slice(0, 4)) : null }
}
