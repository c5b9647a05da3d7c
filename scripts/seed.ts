/** npm run seed: the seed units and categories where missing, and the five seed pages as published reports. */
import '../src/lib/cli/keepAlive'
process.env.JOBS_AUTORUN = 'false'
process.env.LOG_LEVEL ||= 'info'
// the first start would import them too: this run does it explicitly, once
process.env.SEED_REPORTS = 'false'

const { default: config } = await import('../payload.config')
const { getPayload } = await import('payload')
const { seedReports } = await import('../src/seed/seedReports')
const payload = await getPayload({ config })
const summary = await seedReports(payload)
process.exit(summary.failed > 0 ? 1 : 0)

export {}
