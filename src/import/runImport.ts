import type { Payload, PayloadRequest } from 'payload'
import { unitsOfRequest } from '../data/unitsOfRequest'
import { refreshPlannerStatistics } from '../data/plannerStatistics'
import { importInvalidation, type ReportLocation } from '../lib/site/invalidation'
import { invalidateSite } from '../invalidation/invalidateSite'
import { readPage } from '../lib/import/readPage'
import { importPage, PageError, planPage, type ImportStatus, type PageOutcome, type PlannedOutcome } from './importPage'
import type { SourceFile } from './readSources'
import { EntityCache } from './resolveEntities'

export type RunOptions = { status: ImportStatus; unitId?: string | number; dryRun?: boolean; onProgress?: (done: number, total: number, last: RunResult) => void | Promise<void> }
export type RunResult = PageOutcome | PlannedOutcome | { action: 'failed'; file: string; reason: string }
export type RunSummary = { created: number; updated: number; unchanged: number; failed: number; results: RunResult[] }

/** All units, read once for the run: the pages' unit detection and every page's hooks use them. */
async function loadUnits(payload: Payload) {
  const records = await unitsOfRequest({ payload, context: {} } as unknown as PayloadRequest)
  return { records, candidates: records.map((u) => ({ ...u, slug: u.slug ?? String(u.id) })) }
}

const reasonOf = (error: unknown): string => {
  if (error instanceof PageError) return error.message
  const data = (error as { data?: { errors?: { message?: string; path?: string }[] } }).data
  if (data?.errors?.length) return data.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ')
  return error instanceof Error ? error.message : String(error)
}

/** Where a page's result is counted; a dry run's plans count as what they would do. */
const COUNTED_AS = { created: 'created', create: 'created', updated: 'updated', update: 'updated', unchanged: 'unchanged', failed: 'failed' } as const

/**
 * Imports pages one by one; a page that fails is recorded with its reason and skipped, and
 * the rest go on. Progress is reported after each page.
 */
export async function runImport(payload: Payload, sources: Iterable<SourceFile> | SourceFile[], options: RunOptions): Promise<RunSummary> {
  const list = [...sources]
  const { records: unitRecords, candidates: units } = await loadUnits(payload)
  if (options.unitId !== undefined && !units.some((u) => String(u.id) === String(options.unitId))) throw new PageError(`Không có đơn vị ${options.unitId}.`)
  const cache = new EntityCache()
  const summary: RunSummary = { created: 0, updated: 0, unchanged: 0, failed: 0, results: [] }
  for (const [index, source] of list.entries()) {
    let result: RunResult
    try {
      const page = readPage(source.bytes, source.name)
      const importOptions = { status: options.status, unitId: options.unitId, units, cache, unitRecords }
      result = options.dryRun ? await planPage(payload, source.name, page, importOptions) : await importPage(payload, source.name, page, importOptions)
    } catch (error) {
      result = { action: 'failed', file: source.name, reason: reasonOf(error) }
    }
    summary[COUNTED_AS[result.action]]++
    summary.results.push(result)
    await options.onProgress?.(index + 1, list.length, result)
  }
  if (!options.dryRun && options.status === 'published') await revalidateImported(payload, summary.results)
  // a large import changes what the database planner should know of the tables
  if (!options.dryRun && summary.created) await refreshPlannerStatistics(payload)
  return summary
}

/**
 * The pages a published import touched, invalidated once on every server process (from the CLI
 * too: the servers hear of it through the invalidation log).
 */
async function revalidateImported(payload: Payload, results: RunResult[]) {
  const written: ReportLocation[] = []
  for (const r of results) if ((r.action === 'created' || r.action === 'updated') && 'path' in r && r.path) written.push(r.path)
  await invalidateSite({ payload }, importInvalidation(written))
}
