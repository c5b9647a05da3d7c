/**
 * Dumps the site of DATABASE_URI and MEDIA_DIR (tests/support/siteDump.ts) into the file named
 * by the first argument, then tries LOGIN_EMAIL / LOGIN_PASSWORD: how the backup test reads a
 * restored site, in a process of its own (the adapter is chosen when the config is imported).
 */
import fs from 'node:fs'
import { finish, startTool } from '../../src/lib/cli/guard'
process.env.SEED_INITIAL = 'false'
process.env.SEED_REPORTS = 'false'
process.env.JOBS_AUTORUN = 'false'
process.env.DATABASE_PUSH ||= 'false'
process.env.LOG_LEVEL ||= 'error'
await startTool('dumpSiteCli')

const { default: config } = await import('../../payload.config')
const { getPayload } = await import('payload')
const { dumpSite } = await import('./siteDump')
const payload = await getPayload({ config })
const dump = await dumpSite(payload, process.env.MEDIA_DIR!)
let login = false
if (process.env.LOGIN_EMAIL) {
  try {
    const result = await payload.login({ collection: 'users', data: { email: process.env.LOGIN_EMAIL, password: process.env.LOGIN_PASSWORD ?? '' } })
    login = Boolean(result.token)
  } catch {
    login = false
  }
}
fs.writeFileSync(process.argv[2], JSON.stringify({ ...dump, login }))
await payload.destroy()
finish(0)
