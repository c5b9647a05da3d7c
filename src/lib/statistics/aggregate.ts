import { monthsBetween, type Period } from './period'
import type { CountMap, ReportsMonth, ViewsMonth } from './summarise'
import { currentUnitOf, type ScopeUnit } from './unitScope'

/** A month document as the dashboard reads it (collections/StatisticsMonths). */
export type MonthDoc = { unit: string; month: string } & ({ kind: 'reports'; data: ReportsMonth } | { kind: 'views'; data: ViewsMonth })

export type Count = { key: string; count: number }

export type ReportFigures = {
  total: number
  byMonth: Count[]
  /** each unit under the name it published with */
  byUnit: Count[]
  /** the same added up under the unit each became (renames and mergers followed) */
  byCurrentUnit: Count[]
  byCategory: Count[]
  byCampaign: Count[]
  officials: Count[]
}

export type WorkflowFigures = {
  /** published reports that went through the workflow here */
  reports: number
  medianHours: number | null
  slowestHours: number | null
  returns: number
  returnedReports: number
  returnsPerReport: number | null
}

export type ReaderFigures = { total: number; byDay: Count[]; byMonth: Count[]; top: Count[] }

const addTo = (map: Map<string, number>, key: string, by: number) => map.set(key, (map.get(key) ?? 0) + by)
// for…in rather than Object.entries: a year's readers are tens of thousands of keys
const addAll = (map: Map<string, number>, counts: CountMap) => {
  for (const key in counts) map.set(key, (map.get(key) ?? 0) + counts[key])
}
const byCount = (a: Count, b: Count) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)

/**
 * Largest first; ties in key order so tables and exports are stable. With a limit the first
 * `limit` are picked in one pass rather than by sorting everything: a year's readers count
 * tens of thousands of reports for a top ten.
 */
export function ranked(map: Map<string, number>, limit = Infinity): Count[] {
  if (limit >= map.size) {
    const all: Count[] = []
    for (const [key, count] of map) if (count > 0) all.push({ key, count })
    return all.sort(byCount)
  }
  const top: Count[] = []
  for (const [key, count] of map) {
    if (count <= 0) continue
    const entry = { key, count }
    if (top.length === limit && byCount(entry, top[limit - 1]) >= 0) continue
    let at = top.length === limit ? limit - 1 : top.length
    while (at > 0 && byCount(entry, top[at - 1]) < 0) at--
    top.splice(at, 0, entry)
    if (top.length > limit) top.pop()
  }
  return top
}

export function median(values: number[]): number | null {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** The median of values given as value → how many times (the mean of the two middle ones for an even count). */
export function histogramMedian(histogram: Map<number, number>): number | null {
  const entries = [...histogram].filter(([, n]) => n > 0).sort(([a], [b]) => a - b)
  const total = entries.reduce((sum, [, n]) => sum + n, 0)
  if (!total) return null
  const nth = (k: number) => {
    let seen = 0
    for (const [value, n] of entries) if ((seen += n) > k) return value
    return entries.at(-1)![0]
  }
  return total % 2 ? nth((total - 1) / 2) : (nth(total / 2 - 1) + nth(total / 2)) / 2
}

/** The months a chart by month shows: the period's, or (for all years) the first to the last with figures. */
function chartMonths(period: Pick<Period, 'from' | 'to'>, present: string[]): string[] {
  if (period.from && period.to) return monthsBetween(period.from, period.to)
  if (!present.length) return []
  const sorted = [...present].sort()
  return monthsBetween(sorted[0], sorted.at(-1)!)
}

/** Adds up the month documents of the units in scope over the period. */
export function aggregate(
  docs: MonthDoc[],
  units: ScopeUnit[],
  period: Pick<Period, 'from' | 'to'>,
  topN = 10,
): { reports: ReportFigures; workflow: WorkflowFigures; readers: ReaderFigures } {
  const inside = docs.filter((d) => (!period.from || d.month >= period.from) && (!period.to || d.month <= period.to))
  const months = new Map<string, number>()
  const byUnit = new Map<string, number>()
  const byCurrent = new Map<string, number>()
  const categories = new Map<string, number>()
  const campaigns = new Map<string, number>()
  const officials = new Map<string, number>()
  const turnaround = new Map<number, number>()
  const returns = new Map<number, number>()
  let slowest: number | null = null
  const viewDays = new Map<string, number>()
  const viewMonths = new Map<string, number>()
  const viewReports = new Map<string, number>()
  for (const doc of inside) {
    if (doc.kind === 'reports') {
      const d = doc.data
      if (!d.published) continue
      addTo(months, doc.month, d.published)
      addTo(byUnit, doc.unit, d.published)
      addTo(byCurrent, currentUnitOf(doc.unit, units), d.published)
      addAll(categories, d.categories)
      addAll(campaigns, d.campaigns)
      addAll(officials, d.officials)
      for (const [hours, n] of Object.entries(d.turnaround)) turnaround.set(Number(hours), (turnaround.get(Number(hours)) ?? 0) + n)
      for (const [times, n] of Object.entries(d.returns)) returns.set(Number(times), (returns.get(Number(times)) ?? 0) + n)
      if (d.slowest !== null && d.slowest !== undefined) slowest = Math.max(slowest ?? 0, d.slowest)
    } else {
      for (const [day, n] of Object.entries(doc.data.days)) {
        addTo(viewDays, day, n)
        addTo(viewMonths, day.slice(0, 7), n)
      }
      addAll(viewReports, doc.data.reports)
    }
  }
  const byMonth = (map: Map<string, number>) => chartMonths(period, [...map.keys()]).map((month) => ({ key: month, count: map.get(month) ?? 0 }))
  const workflowReports = [...returns.values()].reduce((a, b) => a + b, 0)
  const totalReturns = [...returns].reduce((sum, [times, n]) => sum + times * n, 0)
  return {
    reports: {
      total: [...months.values()].reduce((a, b) => a + b, 0),
      byMonth: byMonth(months),
      byUnit: ranked(byUnit),
      byCurrentUnit: ranked(byCurrent),
      byCategory: ranked(categories),
      byCampaign: ranked(campaigns),
      officials: ranked(officials, topN),
    },
    workflow: {
      reports: workflowReports,
      medianHours: histogramMedian(turnaround),
      slowestHours: slowest,
      returns: totalReturns,
      returnedReports: [...returns].reduce((sum, [times, n]) => sum + (times > 0 ? n : 0), 0),
      returnsPerReport: workflowReports ? totalReturns / workflowReports : null,
    },
    readers: {
      total: [...viewDays.values()].reduce((a, b) => a + b, 0),
      byDay: [...viewDays].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, count]) => ({ key, count })),
      byMonth: byMonth(viewMonths),
      top: ranked(viewReports, topN),
    },
  }
}
