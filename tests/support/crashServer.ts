/**
 * A server process for tests/int/crashSafety.test.ts, to be killed with SIGKILL at a random
 * moment, and for tests/int/migrations.test.ts, started under NODE_ENV=production on an empty
 * file: Payload on the parent's DATABASE_URI (its schema pushed by the parent, or made by the
 * migrations), whose start runs the migrations and the crash recovery (payload.config.ts
 * onInit), and Payload's REST handler on a free
 * port: the same handler /api reaches in `next dev` and `npm start`, without Next. Loading the
 * modules takes seconds, so a test starts the next server while the current one works: this one
 * prints "loaded", waits for the parent's "start" over IPC, then starts Payload (the recovery
 * runs then, after the previous server's death) and prints "ready PORT" once it serves.
 *
 *   spawn(process.execPath, ['--import', 'tsx', 'tests/support/crashServer.ts'], { stdio: [..., 'ipc'] })
 */
import '../../src/lib/cli/keepAlive'
import http from 'node:http'

process.env.JOBS_AUTORUN = 'false'
process.env.DATABASE_PUSH = 'false'
process.env.LOG_LEVEL ||= 'error'

const { default: config } = await import('../../payload.config')
const { getPayload, handleEndpoints } = await import('payload')
process.stdout.write('loaded\n')
await new Promise<void>((resolve) => process.once('message', () => resolve()))
await getPayload({ config })

const server = http.createServer(async (req, res) => {
  try {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const url = new URL(req.url ?? '/', 'http://localhost:3000')
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
    const body = chunks.length && req.method !== 'GET' && req.method !== 'HEAD' ? Buffer.concat(chunks) : undefined
    const request = new Request(url, { method: req.method, headers, body })
    const response = await handleEndpoints({ config, path: url.pathname, request })
    const answer = Buffer.from(await response.arrayBuffer())
    res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'application/json' })
    res.end(answer)
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' })
    res.end(String(error))
  }
})
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  process.stdout.write(`ready ${typeof address === 'object' && address ? address.port : ''}\n`)
})
