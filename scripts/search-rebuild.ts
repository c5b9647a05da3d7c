/**
 * `npm run search:rebuild` rebuilds the site search's entries (the `search-entries`
 * collection) from the published reports, officials, models and legal documents, and makes
 * every running process reload its index. `-- --from-scratch` deletes all entries first.
 * Uses the same database settings as the app (DATABASE_URI, DATA_DIR).
 */
import '../src/lib/cli/keepAlive'
import config from '@payload-config'
import { getPayload } from 'payload'
import { rebuildSearchIndex } from '../src/lib/search/rebuild'

const fromScratch = process.argv.includes('--from-scratch')
const payload = await getPayload({ config })
try {
  const result = await rebuildSearchIndex(payload, { fromScratch, log: (message) => console.log(message) })
  console.log(`search index rebuilt${fromScratch ? ' from scratch' : ''}: ${result.entries} searchable documents, ${result.written} entries written, ${result.removed} removed, in ${result.seconds.toFixed(1)} s`)
} catch (error) {
  console.error('search index rebuild failed:', error)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
process.exit(process.exitCode ?? 0)
