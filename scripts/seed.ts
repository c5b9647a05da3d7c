/** npm run seed: the seed units and categories where missing, and the five seed pages as published reports. */
import { finish, startTool } from '../src/lib/cli/guard'
process.env.JOBS_AUTORUN = 'false'
process.env.LOG_LEVEL ||= 'info'
// the first start would import them too: this run does it explicitly, once
process.env.SEED_REPORTS = 'false'
await startTool('npm run seed')

const { default: config } = await import('../payload.config')
const { getPayload } = await import('payload')
const { seedReports } = await import('../src/seed/seedReports')
const payload = await getPayload({ config })
const summary = await seedReports(payload)
finish(summary.failed > 0 ? 1 : 0)

export {}
