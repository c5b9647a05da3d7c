/**
 * One server process's view counter, for tests/int/viewCounts.test.ts: starts Payload on the
 * parent's DATABASE_URI (whose schema the parent has pushed), prints "ready", waits for the
 * parent's "go" message over IPC (so that the processes of a test count at the same time), then counts VIEWS views of REPORT_ID in ROUNDS bursts, each
 * burst written by the counter's own flush, and prints "done" and exits.
 *
 *   spawn(process.execPath, ['--import', 'tsx', 'tests/support/countViews.ts'], { stdio: [..., 'ipc'] })
 */
import '../../src/lib/cli/keepAlive'

process.env.JOBS_AUTORUN = 'false'
process.env.DATABASE_PUSH = 'false'
process.env.LOG_LEVEL ||= 'warn'

const id = process.env.REPORT_ID ?? ''
const views = Number(process.env.VIEWS ?? 0)
const rounds = Math.max(1, Number(process.env.ROUNDS ?? 1))

const { default: config } = await import('../../payload.config')
const { getPayload } = await import('payload')
const { countView, flushViews } = await import('../../src/site/viewCounter')

const payload = await getPayload({ config })
const load = () => Promise.resolve(payload)
process.stdout.write('ready\n')
await new Promise<void>((resolve) => process.once('message', () => resolve()))

let counted = 0
for (let round = 0; round < rounds; round++) {
  const burst = Math.round(((round + 1) * views) / rounds) - counted
  for (let i = 0; i < burst; i++) countView(load, id)
  counted += burst
  await flushViews(load)
  await new Promise((r) => setTimeout(r, Math.random() * 5))
}
process.stdout.write('done\n')
process.exit(0)
