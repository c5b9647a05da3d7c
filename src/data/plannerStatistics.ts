import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

/**
 * SQLite plans a query from its tables' statistics, which only ANALYZE gathers; without them
 * it guesses that every index narrows a search alike, and took the admin's wrong turns: the
 * reports list asks which of a page's drafts also have a published version (Payload's
 * `parent in (…) and version._status = published`) and SQLite read every published version
 * through the status index instead of the page's few through `parent` (about 50 ms of each
 * list at 10,000 reports, bench/admin.bench.ts). Gathered at each start and after an import;
 * `analysis_limit` bounds the work (about 0.1 s at 10,000 reports). MongoDB plans by trial
 * and needs nothing of the kind.
 */
export async function refreshPlannerStatistics(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  const { client } = payload.db as unknown as SQLiteAdapter
  await client.execute('PRAGMA analysis_limit = 1000')
  await client.execute('ANALYZE')
}
