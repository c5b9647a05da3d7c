import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { expandPaths } from '../import/readSources'
import { runImport, type RunSummary } from '../import/runImport'

/** Where the five seed pages live (copied from the shared seeds so a fresh clone has them). */
// (turbopackIgnore on run-time paths: traced, they would pull the whole project into the standalone output)
export const seedDocumentsDir = (): string => path.resolve(/*turbopackIgnore: true*/ process.env.SEED_DIR || path.join(/*turbopackIgnore: true*/ process.cwd(), 'seed', 'documents'))

/** The seed pages as published reports with their original dates; re-running changes nothing. */
export async function seedReports(payload: Payload): Promise<RunSummary> {
  const { files } = await expandPaths([seedDocumentsDir()])
  const sources = await Promise.all(files.map(async (file) => ({ name: path.basename(file), bytes: await fs.readFile(/*turbopackIgnore: true*/ file) })))
  const summary = await runImport(payload, sources, { status: 'published' })
  for (const failure of summary.results.filter((r) => r.action === 'failed')) payload.logger.error(`Seed ${failure.file}: ${'reason' in failure ? failure.reason : ''}`)
  payload.logger.info(`Seed reports: ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed} failed`)
  return summary
}
