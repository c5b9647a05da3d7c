import type { TaskConfig } from 'payload'
import { runImport } from '../../src/import/runImport'
import { relationId } from '../../src/lib/roles'
import { readUpload, removeUpload } from './uploadedPages'

export const IMPORT_TASK = 'importPages'
export const IMPORT_QUEUE = 'import'

/**
 * Imports an uploaded run page by page (see src/import), writing its progress onto the run
 * every second so the admin view can show it, then the summary. The upload is removed at the
 * end, whatever happens; a failed page is in the summary, a crash marks the run failed.
 */
export const importPagesTask: TaskConfig<{ input: { runId: string }; output: { result: string } }> = {
  slug: IMPORT_TASK,
  label: 'Import old-site pages',
  inputSchema: [{ name: 'runId', type: 'text', required: true }],
  outputSchema: [{ name: 'result', type: 'text' }],
  retries: 0,
  handler: async ({ input, req }) => {
    const { payload } = req
    const run = await payload.findByID({ collection: 'import-runs', id: input.runId, depth: 0, overrideAccess: true, disableErrors: true })
    if (!run || run.state !== 'queued') return { output: { result: 'nothing to do' } }
    const update = (data: Record<string, unknown>) => payload.update({ collection: 'import-runs', id: run.id, data, overrideAccess: true, depth: 0 })
    await update({ state: 'running', startedAt: new Date().toISOString() })
    let outcome: Record<string, unknown>
    try {
      const pages = await readUpload(run.id)
      let last = 0
      const summary = await runImport(payload, pages, {
        status: run.targetStatus === 'published' ? 'published' : 'draft',
        unitId: relationId(run.unit) ?? undefined,
        dryRun: Boolean(run.dryRun),
        onProgress: async (done, total) => {
          if (done < total && Date.now() - last < 1000) return
          last = Date.now()
          await update({ done })
        },
      })
      const { created, updated, unchanged, failed, results } = summary
      outcome = { state: 'done', done: pages.length, created, updated, unchanged, failed, results }
    } catch (error) {
      outcome = { state: 'failed', error: error instanceof Error ? error.message : String(error) }
    }
    // the upload goes before the run says it is over
    await removeUpload(run.id)
    await update({ ...outcome, finishedAt: new Date().toISOString() })
    return { output: { result: String(outcome.state) } }
  },
}
