/**
 * The production server's first step for every request (src/server/serve.ts): it settles who
 * is calling, then holds anonymous API callers to their allowance before any of Next or
 * Payload runs, so a flood of API requests costs the server almost nothing.
 *
 * - The client's address (socket, or X-Forwarded-For behind trusted proxies) replaces any
 *   X-Forwarded-For the request brought, so what Payload reads downstream (the login limit in
 *   src/api/loginLimit.ts) cannot be forged.
 * - Anonymous /api requests take a token from their address's bucket; without one they get
 *   429 with Retry-After and a message in Vietnamese (English when asked for).
 * - Anonymous /api requests then run `apiConcurrency` at a time, whoever sends them, the rest
 *   waiting in line (503 when the line is full), and after each the next waits twice as long
 *   as it took (src/lib/api/gate.ts). A Payload read holds the event loop for long stretches
 *   (SQLite answers synchronously, and a list of 100 reports is a long chain of promises): four
 *   heavy lists at once kept the home page from answering at all, and one after another still
 *   left it a sliver of the server. This way anonymous API work has at most a third of it, and
 *   a page waits behind one such request at most (bench/abuse.bench.ts).
 * Photos (/api/media/file/…, every picture on the public site) are not counted, nor is anyone
 * whose request carries a session Payload signed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { translate, type CustomKey } from '../i18n/translations'
import { clientAddress } from '../lib/api/clientAddress'
import { Gate } from '../lib/api/gate'
import { isSignedSession, sessionKey, sessionTokenOf } from '../lib/api/sessionToken'
import { TokenBuckets } from '../lib/api/tokenBuckets'
import type { RateLimits } from '../lib/config/rateLimits'

export type ApiGuardOptions = { limits: RateLimits; secret: string; now?: () => number; queueLength?: number; pauseRatio?: number }

/** Either answers the request itself (429, 503) or calls `proceed`, at once or when its turn comes. */
export type ApiGuard = (req: IncomingMessage, res: ServerResponse, proceed: () => void) => void

/** Anonymous API requests waiting for their turn, at most; past that they are told to come back. */
const QUEUE_LENGTH = 16
/** After an anonymous API request, the next waits this many times as long as it took (at most MAX_PAUSE_MS). */
const PAUSE_RATIO = 2
const MAX_PAUSE_MS = 5000

// the health check (Docker, balancers) never waits in the anonymous line: it must answer in seconds
const isCountedApiPath = (url: string) => url.startsWith('/api/') && !url.startsWith('/api/media/file/') && url !== '/api/health'

function language(req: IncomingMessage): 'vi' | 'en' {
  const cookie = req.headers.cookie?.match(/(?:^|;\s*)payload-lng=(\w+)/)?.[1]
  const chosen = cookie ?? req.headers['accept-language']?.split(',')[0]?.trim().slice(0, 2)
  return chosen === 'en' ? 'en' : 'vi'
}

function refuse(req: IncomingMessage, res: ServerResponse, status: number, key: CustomKey, seconds: number): void {
  const message = translate(language(req), key, { seconds })
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(seconds), 'cache-control': 'no-store' })
  res.end(JSON.stringify({ errors: [{ message }] }))
}

export function createApiGuard({ limits, secret, now = Date.now, queueLength = QUEUE_LENGTH, pauseRatio = PAUSE_RATIO }: ApiGuardOptions): ApiGuard {
  const buckets = limits.apiPerMinute > 0 ? new TokenBuckets(limits.apiPerMinute) : null
  const gate = limits.apiConcurrency > 0 ? new Gate(limits.apiConcurrency, queueLength, (next, tookMs) => setTimeout(next, Math.min(tookMs * pauseRatio, MAX_PAUSE_MS))) : null
  const key = sessionKey(secret)
  return (req, res, proceed) => {
    const address = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], limits.trustedProxies)
    req.headers['x-forwarded-for'] = address
    if ((!buckets && !gate) || !isCountedApiPath(req.url ?? '')) return proceed()
    const token = sessionTokenOf(req.headers.cookie, req.headers.authorization)
    if (token && isSignedSession(token, key, Math.floor(now() / 1000))) return proceed()
    const verdict = buckets?.take(address, now())
    if (verdict && !verdict.allowed) return refuse(req, res, 429, 'tooManyRequests', verdict.retryAfterSeconds)
    if (!gate) return proceed()
    let gone = false
    res.once('close', () => (gone = true))
    const admitted = gate.enter((done) => {
      if (gone) return done() // the client left while waiting: its turn passes on
      // the turn ends when the answer is complete (the work is done), not when a slow client
      // has finished reading it; or when the client leaves
      const end = res.end
      res.end = function (this: ServerResponse, ...args: unknown[]) {
        done()
        return (end as (...a: unknown[]) => ServerResponse).apply(this, args)
      } as typeof res.end
      res.once('close', done)
      proceed()
    })
    if (!admitted) refuse(req, res, 503, 'serverBusy', 5)
  }
}
