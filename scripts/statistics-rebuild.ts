/**
 * `npm run statistics:rebuild` works every document of "Thống kê" (`statistics-months`) out
 * afresh: each unit's months from its published reports and their workflow history, and the
 * views from report-views. For after reports were written straight to the database (a restore,
 * a migration), or to repair. Run it while no server counts views for exact view figures.
 * Uses the same database settings as the app (DATABASE_URI, DATA_DIR).
 */
import { fail, finish, startTool } from '../src/lib/cli/guard'
process.env.JOBS_AUTORUN = 'false'
await startTool('npm run statistics:rebuild')

const { default: config } = await import('../payload.config')
const { getPayload } = await import('payload')
const { rebuildStatistics } = await import('../src/data/statistics/totals')

const payload = await getPayload({ config })
const started = Date.now()
try {
  const result = await rebuildStatistics(payload, (line) => console.log(line))
  console.log(`statistics rebuilt: ${result.months} unit-months of reports, ${result.viewMonths} unit-months of views, in ${((Date.now() - started) / 1000).toFixed(1)} s`)
} catch (error) {
  fail(error, 'statistics rebuild failed')
}
await payload.destroy()
finish(0)
