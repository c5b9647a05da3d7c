/**
 * `npm run officials:rederive`: brings a database from before organisations right. Officials'
 * posts stated in reports are read again from the reports' text and recorded as attestations in
 * the organisations the titles name (src/import/rederivePositions.ts); the seed organisations
 * are added at start where none exist. Uses the app's database settings (DATABASE_URI, DATA_DIR).
 */
import { fail, finish, startTool } from '../src/lib/cli/guard'
process.env.JOBS_AUTORUN = 'false'
process.env.SEED_REPORTS = 'false'
await startTool('npm run officials:rederive')

const { default: config } = await import('../payload.config')
const { getPayload } = await import('payload')
const { rederivePositions } = await import('../src/import/rederivePositions')
const payload = await getPayload({ config })
try {
  const summary = await rederivePositions(payload, (line) => console.log(line))
  console.log(`officials re-derived: ${summary.officials} officials from ${summary.reports} reports, ${summary.attestations} stated titles`)
} catch (error) {
  fail(error, 'officials:rederive failed')
}
await payload.destroy()
finish(0)
