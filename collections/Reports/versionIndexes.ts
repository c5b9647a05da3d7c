import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'

/**
 * The admin reads reports as drafts: every list, count and "Việc của tôi" section is a query
 * on the versions table with `latest = 1`. Payload indexes `latest` alone and copies the
 * collection's compound indexes to that table without it, and SQLite without statistics
 * (no ANALYZE) then picks the `latest` index for all of them: every query read all of a
 * board's latest versions, body included, and sorted them (about 50 ms each at 10,000
 * reports, 100 ms of the reports list and 240 ms of "Việc của tôi"; bench/admin.bench.ts).
 * These indexes start with `latest`, so the same queries read only their own rows:
 * - the list's default order (-publishedAt) read in index order, stopping at the page;
 * - its count for pagination (published, or of my units) from the index alone;
 * - the sections by workflow state and unit (Chờ tôi biên tập, Chờ tôi duyệt), by author and
 *   state (Bài bị trả lại, Bản nháp của tôi, Bài tôi đã gửi) and the few scheduled (Đã hẹn giờ).
 * Keys are the adapter's column keys (`version_` + the field's name).
 */
export const REPORT_VERSION_INDEXES = [
  ['latest', 'version_publishedAt'],
  ['latest', 'version__status', 'version_unit'],
  ['latest', 'version_workflowState', 'version_unit'],
  ['latest', 'version_createdBy', 'version_workflowState'],
  ['latest', 'version_scheduledAt'],
] as const

const VERSIONS_TABLE = '_reports_v'

export const reportVersionIndexes: SQLiteSchemaHook = ({ schema, extendTable }) => {
  const table = schema.tables[VERSIONS_TABLE]
  extendTable({
    table,
    extraConfig: (columns) =>
      Object.fromEntries(
        REPORT_VERSION_INDEXES.map((keys) => {
          const name = `reports_v_${keys.join('_').replace(/_+/g, '_').toLowerCase()}_idx`
          const [first, ...rest] = keys.map((key) => columns[key])
          return [name, index(name).on(first, ...rest)]
        }),
      ),
  })
  return schema
}
