/**
 * `npm run search:rebuild` rebuilds the site search's entries (the `search-entries`
 * collection) from the published reports, officials, models and legal documents, and makes
 * every running process reload its index. `-- --from-scratch` deletes all entries first.
 * Uses the same database settings as the app (DATABASE_URI, DATA_DIR).
 */
import { fail, finish, startTool } from '../src/lib/cli/guard'
process.env.JOBS_AUTORUN = 'false'
await startTool('npm run search:rebuild')

const { default: config } = await import('../payload.config')
const { getPayload } = await import('payload')
const { rebuildSearchIndex } = await import('../src/lib/search/rebuild')

const fromScratch = process.argv.includes('--from-scratch')
const payload = await getPayload({ config })
try {
  const result = await rebuildSearchIndex(payload, { fromScratch, log: (message) => console.log(message) })
  console.log(`search index rebuilt${fromScratch ? ' from scratch' : ''}: ${result.entries} searchable documents, ${result.written} entries written, ${result.removed} removed, in ${result.seconds.toFixed(1)} s`)
} catch (error) {
  fail(error, 'search index rebuild failed')
}
await payload.destroy()
finish(0)
