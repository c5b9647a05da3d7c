/**
 * What one unit published in one Vietnam month, kept as one `statistics-months` document
 * (src/data/statistics/totals.ts) so that a dashboard adds up a few hundred small documents
 * rather than reading every report. Worked out again from the month's reports whenever one of
 * them changes, so it never drifts; the rebuild command works every month out afresh.
 */
export type CountMap = Record<string, number>

export type ReportsMonth = {
  published: number
  /** category id ('' for none) → reports */
  categories: CountMap
  campaigns: CountMap
  officials: CountMap
  /**
   * Whole hours from first "Gửi biên tập" to publication → reports (a histogram: a month's
   * document stays the same size however many reports it counts)
   */
  turnaround: CountMap
  /** the slowest of them, to the hundredth of an hour */
  slowest: number | null
  /** returns ("Trả lại") → reports that went through the workflow with that many */
  returns: CountMap
}

/** Readers of one unit's reports in one month, as one server process counted them. */
export type ViewsMonth = {
  /** Vietnam day "2024-03-05" → views */
  days: CountMap
  /** report id → views */
  reports: CountMap
}

export type SliceReport = { id: string; category: string | null; campaigns: string[]; officials: string[] }
export type SliceTransition = { report: string; action: string; createdAt: string }

const add = (map: CountMap, key: string, by = 1) => {
  map[key] = (map[key] ?? 0) + by
}

const HOUR = 3_600_000

/** The month's figures from its published reports and their workflow history. */
export function summariseMonth(reports: SliceReport[], transitions: SliceTransition[]): ReportsMonth {
  const month: ReportsMonth = { published: 0, categories: {}, campaigns: {}, officials: {}, turnaround: {}, slowest: null, returns: {} }
  const history = new Map<string, SliceTransition[]>()
  for (const t of transitions) history.set(t.report, [...(history.get(t.report) ?? []), t])
  for (const report of reports) {
    month.published++
    add(month.categories, report.category ?? '')
    for (const id of new Set(report.campaigns)) add(month.campaigns, id)
    for (const id of new Set(report.officials)) add(month.officials, id)
    const steps = (history.get(report.id) ?? []).slice().sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    const submitted = steps.find((s) => s.action === 'submit')
    // imported reports never went through the workflow here: they have no turnaround
    if (!submitted) continue
    const published = steps.filter((s) => s.action === 'publish' && s.createdAt >= submitted.createdAt).at(-1)
    if (published) {
      const hours = Math.round(((Date.parse(published.createdAt) - Date.parse(submitted.createdAt)) / HOUR) * 100) / 100
      add(month.turnaround, String(Math.round(hours)))
      month.slowest = Math.max(month.slowest ?? 0, hours)
    }
    add(month.returns, String(steps.filter((s) => s.action === 'return').length))
  }
  return month
}

/** Adds views of reports on days to a process's month of views (in place). */
export function addViews(month: ViewsMonth, views: Array<{ report: string; day: string; views: number }>): ViewsMonth {
  for (const v of views) {
    add(month.days, v.day, v.views)
    add(month.reports, v.report, v.views)
  }
  return month
}

export const emptyViewsMonth = (): ViewsMonth => ({ days: {}, reports: {} })
