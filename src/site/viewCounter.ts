import { randomBytes } from 'node:crypto'
import type { Payload, Where } from 'payload'
import { addView, drainTally, type ViewTally } from '../lib/site/viewTally'
import { addViewsToTotals } from '../data/statistics/totals'
import { onShutdown } from '../server/lifecycle'

/**
 * Views are counted in memory and written every few seconds, apart from the report: each
 * report's views of a Vietnam calendar day go to one `report-views` row of this process
 * (WRITER, made at start), so a visit never writes the report (no version, no new "Ngày cập
 * nhật") and two server processes never write the same row: each reads and adds to its own
 * rows only, and the report's "Lượt xem" is the sum (collections/Reports/hooks/viewCount.ts).
 * A reader's page never waits for it, and a burst of readers of one report costs one write per
 * flush. Only published reports are counted. Writes go through payload.db (no hooks, no
 * access rules, no versions), which behaves alike on SQLite and MongoDB.
 */
const FLUSH_MS = 3000
const REPORT_VIEWS = 'report-views'

/** This process's name on its rows; flushes of this module run one after another, so no two writes of it overlap. */
export const WRITER = `${process.pid}-${randomBytes(4).toString('hex')}`

const pending: ViewTally = new Map()
let timer: ReturnType<typeof setTimeout> | null = null
let queue: Promise<void> = Promise.resolve()

export function countView(getPayload: () => Promise<Payload>, id: string, at: Date = new Date()): void {
  addView(pending, id, at)
  // a SIGTERM writes what is counted before the process exits (src/server/serve.ts)
  onShutdown('view counts', () => flushViews(getPayload))
  if (!timer) {
    timer = setTimeout(() => {
      timer = null
      void flushViews(getPayload)
    }, FLUSH_MS)
    timer.unref?.()
  }
}

/** Writes what has been counted so far; resolves once it (and any flush before it) is written. */
export function flushViews(getPayload: () => Promise<Payload>): Promise<void> {
  queue = queue.then(() => writeViews(getPayload)).catch(() => {})
  return queue
}

type Row = { id: number | string; count?: number | null }

async function writeViews(getPayload: () => Promise<Payload>): Promise<void> {
  if (!pending.size) return
  const batch = drainTally(pending)
  let payload: Payload
  try {
    payload = await getPayload()
  } catch {
    return
  }
  const written: Array<{ report: string; unit: number | string; day: string; views: number }> = []
  for (const { report, day, views } of batch) {
    try {
      const live = (await payload.db.findOne({ collection: 'reports', where: { and: [{ id: { equals: report } }, { _status: { equals: 'published' } }] }, select: { id: true, unit: true } })) as { id: number | string; unit?: number | string | { id: number | string } | null } | null
      if (!live) continue
      const mine: Where = { and: [{ report: { equals: live.id } }, { day: { equals: day } }, { writer: { equals: WRITER } }] }
      const row = (await payload.db.findOne({ collection: REPORT_VIEWS, where: mine, select: { count: true } })) as Row | null
      const now = new Date().toISOString()
      if (row) await payload.db.updateOne({ collection: REPORT_VIEWS, id: row.id, data: { count: (row.count ?? 0) + views, updatedAt: now }, returning: false })
      else await payload.db.create({ collection: REPORT_VIEWS, data: { report: live.id, day, writer: WRITER, count: views, createdAt: now, updatedAt: now }, returning: false })
      const unit = live.unit && typeof live.unit === 'object' ? live.unit.id : live.unit
      if (unit !== undefined && unit !== null) written.push({ report: String(live.id), unit, day, views })
    } catch (error) {
      payload.logger.warn({ err: error, id: report, day }, 'could not record views')
    }
  }
  // "Thống kê" reads views from this process's own month documents (src/data/statistics/totals.ts)
  try {
    await addViewsToTotals(payload, WRITER, written)
  } catch (error) {
    payload.logger.warn({ err: error }, 'could not add views to the statistics')
  }
}

/** Report ids are numbers on SQLite and 24-hex strings on MongoDB. */
export const validReportId = (value: string): boolean => /^(\d{1,12}|[a-f0-9]{24})$/.test(value)
