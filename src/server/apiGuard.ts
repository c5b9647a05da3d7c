/**
 * The production server's first step for every request (src/server/serve.ts): it settles who
 * is calling, then holds anonymous API callers to their per-address allowance before any of
 * Next or Payload runs, so a flood of API requests costs the server almost nothing.
 *
 * - The client's address (socket, or X-Forwarded-For behind trusted proxies) replaces any
 *   X-Forwarded-For the request brought, so what Payload reads downstream (the login limit in
 *   src/api/loginLimit.ts) cannot be forged.
 * - Anonymous /api requests take a token from their address's bucket; without one they get
 *   429 with Retry-After and a message in Vietnamese (English when asked for). Photos
 *   (/api/media/file/…, every picture on the public site) are not counted, nor is anyone whose
 *   request carries a session Payload signed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { customTranslations } from '../i18n/translations'
import { clientAddress } from '../lib/api/clientAddress'
import { isSignedSession, sessionKey, sessionTokenOf } from '../lib/api/sessionToken'
import { TokenBuckets } from '../lib/api/tokenBuckets'
import type { RateLimits } from '../lib/config/rateLimits'

export type ApiGuardOptions = { limits: RateLimits; secret: string; now?: () => number }

/** Returns true when it has answered the request itself (429). */
export type ApiGuard = (req: IncomingMessage, res: ServerResponse) => boolean

const isCountedApiPath = (url: string) => url.startsWith('/api/') && !url.startsWith('/api/media/file/')

function language(req: IncomingMessage): 'vi' | 'en' {
  const cookie = req.headers.cookie?.match(/(?:^|;\s*)payload-lng=(\w+)/)?.[1]
  const chosen = cookie ?? req.headers['accept-language']?.split(',')[0]?.trim().slice(0, 2)
  return chosen === 'en' ? 'en' : 'vi'
}

export function createApiGuard({ limits, secret, now = Date.now }: ApiGuardOptions): ApiGuard {
  const buckets = limits.apiPerMinute > 0 ? new TokenBuckets(limits.apiPerMinute) : null
  const key = sessionKey(secret)
  return (req, res) => {
    const address = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], limits.trustedProxies)
    req.headers['x-forwarded-for'] = address
    if (!buckets || !isCountedApiPath(req.url ?? '')) return false
    const token = sessionTokenOf(req.headers.cookie, req.headers.authorization)
    if (token && isSignedSession(token, key, Math.floor(now() / 1000))) return false
    const verdict = buckets.take(address, now())
    if (verdict.allowed) return false
    const seconds = verdict.retryAfterSeconds
    const message = customTranslations[language(req)].custom.tooManyRequests.replace('{{seconds}}', String(seconds))
    res.writeHead(429, { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(seconds), 'cache-control': 'no-store' })
    res.end(JSON.stringify({ errors: [{ message }] }))
    return true
  }
}
