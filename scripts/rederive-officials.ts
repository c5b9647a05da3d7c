/**
 * `npm run officials:rederive`: brings a database from before organisations right. Officials'
 * posts stated in reports are read again from the reports' text and recorded as attestations in
 * the organisations the titles name (src/import/rederivePositions.ts); the seed organisations
 * are added at start where none exist. Uses the app's database settings (DATABASE_URI, DATA_DIR).
 */
import '../src/lib/cli/keepAlive'
process.env.JOBS_AUTORUN = 'false'
process.env.SEED_REPORTS = 'false'

const { default: config } = await import('../payload.config')
const { getPayload } = await import('payload')
const { rederivePositions } = await import('../src/import/rederivePositions')
const payload = await getPayload({ config })
try {
  const summary = await rederivePositions(payload, (line) => console.log(line))
  console.log(`officials re-derived: ${summary.officials} officials from ${summary.reports} reports, ${summary.attestations} stated titles`)
} catch (error) {
  console.error('officials:rederive failed:', error)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
process.exit(process.exitCode ?? 0)
