import type { CollectionBeforeDeleteHook, FieldHook } from 'payload'
import { totalViews } from '../../../src/lib/site/viewTally'
import { REPORT_VIEWS } from '../../ReportViews'

/**
 * "Lượt xem" (`viewCount`) is not stored on the report: it is the count imported from the old
 * site (`importedViewCount`) plus the rows readers' visits add to `report-views` (see
 * src/site/viewCounter.ts), so counting a view never writes the report.
 *
 * Reading it costs one query over the report's rows, so it is worked out only when a single
 * report is read (findByID: the admin's edit view, `GET /api/reports/:id`, the Local API);
 * lists (`find`, and relationships populated through it) leave it empty instead of costing a
 * query per row. The public site does not show it, and no list in the admin offers it.
 */
export const readViewCount: FieldHook = async ({ data, findMany, req, siblingData }) => {
  if (findMany) return null
  const doc = (siblingData ?? data ?? {}) as { id?: number | string; importedViewCount?: number | null }
  const id = doc.id ?? (data as { id?: number | string } | undefined)?.id
  if (id === undefined || id === null) return null
  let start = doc.importedViewCount
  if (start === undefined) {
    // a read that selected viewCount alone: fetch the start figure too
    const stored = (await req.payload.db.findOne({ collection: 'reports', where: { id: { equals: id } }, select: { importedViewCount: true }, req })) as { importedViewCount?: number | null } | null
    start = stored?.importedViewCount
  }
  const { docs } = await req.payload.db.find({ collection: REPORT_VIEWS, where: { report: { equals: id } }, select: { count: true }, pagination: false, limit: 0, req })
  return totalViews(start, docs as Array<{ count?: number | null }>)
}

/**
 * A deleted report's views go with it: before the report itself, since on SQLite a row
 * still pointing at it would stop the delete (a required relationship cannot be set null);
 * on MongoDB the same transaction holds both.
 */
export const dropReportViews: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.db.deleteMany({ collection: REPORT_VIEWS, where: { report: { equals: id } }, req })
}
