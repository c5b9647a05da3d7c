/**
 * The production server (`npm start`, the Docker image): Next's request handler behind the
 * public site's page micro-cache (src/lib/site/pageCache.ts). A page Next answers from its own
 * cache is copied, and the copy answers the same request afterwards without entering Next:
 * measured here a cached report page goes from about a third of a static file's throughput to
 * more than the static file's (bench/site.bench.ts). Built by `npm run build` into
 * dist/serve.mjs; `next dev` does not use it.
 *
 * Public pages go out without Next's client runtime, their stylesheet inline: they need no
 * JavaScript, and hydrating them was most of a phone's work (src/server/sitePages.ts,
 * src/lib/site/clientRuntime.ts). The admin, the API and preview keep it.
 *
 * Before either, anonymous API callers are held to their per-address rate, and run one at a time
 * (src/server/apiGuard.ts).
 *
 * Every request is logged as one JSON line (src/server/requestLog.ts). SIGTERM (docker stop,
 * systemd) stops taking connections, lets the requests in flight finish, then runs what the app
 * registered (src/server/lifecycle.ts: view counts written, the running job finished or handed
 * back, the database closed) and exits, within SHUTDOWN_TIMEOUT_MS (25 s; Docker's stop waits 30).
 *
 *   node dist/serve.mjs [--port 3000]   (PORT, HOSTNAME, NEXT_DIST_DIR, KEEP_ALIVE_TIMEOUT; PAGE_CACHE=off;
 *                                        RATE_LIMIT_API_PER_MIN, RATE_LIMIT_LOGIN_PER_MIN, RATE_LIMIT_API_CONCURRENCY, TRUST_PROXY;
 *                                        REQUEST_LOG=off, LOG_FILE, LOG_MAX_MB, LOG_FILES; SHUTDOWN_TIMEOUT_MS)
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import next from 'next'
import { dataDir } from '../lib/config/paths'
import { rateLimits } from '../lib/config/rateLimits'
import { resolveSecret } from '../lib/config/secret'
import { pageCacheKey, sharedPageCache } from '../lib/site/pageCache'
import { sessionKey } from '../lib/api/sessionToken'
import { logSettings } from '../lib/logs/requestLine'
import { createApiGuard } from './apiGuard'
import { lifecycle, runShutdownHooks } from './lifecycle'
import { createRequestLog } from './requestLog'
import { builtStylesheets, interceptSitePage } from './sitePages'

function portFromArgs(argv: string[]): number | undefined {
  const at = argv.findIndex((arg) => arg === '--port' || arg === '-p')
  return at >= 0 ? Number(argv[at + 1]) : undefined
}

async function main(): Promise<void> {
  const dir = process.cwd()
  const port = portFromArgs(process.argv) ?? (Number(process.env.PORT) || 3000)
  const hostname = process.env.HOSTNAME || '0.0.0.0'
  // The configuration the build resolved, as Next's standalone server.js uses it: no
  // next.config.ts (nor TypeScript) is needed at run time.
  const distDir = process.env.NEXT_DIST_DIR || '.next'
  const { config } = JSON.parse(fs.readFileSync(path.join(dir, distDir, 'required-server-files.json'), 'utf8'))
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config)

  const app = next({ dev: false, dir, conf: config, hostname, port })
  await app.prepare()
  const handle = app.getRequestHandler()
  const cache = sharedPageCache()
  const copying = process.env.PAGE_CACHE !== 'off' // the operator's switch, and the benchmark's comparison
  const stylesheet = builtStylesheets(distDir)

  const secret = resolveSecret(process.env, dataDir())
  const guard = createApiGuard({ limits: rateLimits(process.env), secret })
  const requestLog = createRequestLog(logSettings(process.env), sessionKey(secret))
  let stopping = false

  const respond = (req: http.IncomingMessage, res: http.ServerResponse) => {
    // a public site request: a copy answers it, else Next, its page lightened (and kept) on the way
    const key = pageCacheKey(req.method, req.url, req.headers)
    if (key) {
      const hit = copying ? cache.get(key) : undefined
      if (hit) {
        res.writeHead(hit.status, hit.headers)
        res.end(hit.body)
        return
      }
      interceptSitePage(res, copying ? cache : null, key, stylesheet)
    } else if (req.method !== 'GET' && req.method !== 'HEAD') {
      // A save that invalidated the site emptied the cache (src/invalidation/applyInvalidation.ts), but Next
      // applies revalidations as its request ends: a page copied in between would be the old
      // one, so empty it again once this request is done.
      const generation = cache.generation
      res.on('finish', () => {
        if (cache.generation !== generation) cache.purge()
      })
    }
    handle(req, res).catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('Lỗi máy chủ')
    })
  }
  const server = http.createServer((req, res) => {
    requestLog?.track(req, res)
    // while stopping, a kept-alive connection serves its request and is then closed
    if (stopping) res.setHeader('connection', 'close')
    // a connection whose request was in flight when the signal came is closed once it is answered
    res.once('finish', () => {
      if (stopping) setImmediate(() => server.closeIdleConnections())
    })
    guard(req, res, () => respond(req, res))
  })
  const keepAlive = Number(process.env.KEEP_ALIVE_TIMEOUT)
  if (Number.isFinite(keepAlive) && keepAlive >= 0) server.keepAliveTimeout = keepAlive
  server.listen(port, hostname, () => console.log(`▲ Dân vận CMS on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`))
  const shutdown = async (signal: string) => {
    if (stopping) return
    stopping = true
    lifecycle().stopping = true // /api/health answers 503 from now on; no new job starts
    const limit = Number(process.env.SHUTDOWN_TIMEOUT_MS) || 25_000
    const deadline = Date.now() + limit
    // whatever happens below, the process is gone shortly after the deadline
    setTimeout(() => {
      console.error(`${signal}: still busy after ${limit} ms, exiting`)
      process.exit(1)
    }, limit + 2000).unref()
    console.log(`${signal}: no new connections; finishing the requests in flight`)
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    server.closeIdleConnections()
    // answers in flight get until two thirds of the time; then their connections are cut
    const cut = setTimeout(() => server.closeAllConnections(), (limit * 2) / 3)
    await closed
    clearTimeout(cut)
    await runShutdownHooks(deadline, (line) => console.error(line))
    requestLog?.close()
    console.log(`${signal}: stopped`)
    process.exit(0)
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void shutdown(signal))
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
