import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { tr } from '../i18n/translations'
import { TokenBuckets } from '../lib/api/tokenBuckets'
import { rateLimits } from '../lib/config/rateLimits'

// One set of buckets per process and rate: Next bundles the config into each API route
// (REST and GraphQL apart), and a login through either must draw on the same allowance.
const SHARED = Symbol.for('dan-van.loginBuckets')
type Shared = { [SHARED]?: Map<number, TokenBuckets> }

function bucketsFor(perMinute: number): TokenBuckets {
  const shared = ((globalThis as Shared)[SHARED] ??= new Map())
  let buckets = shared.get(perMinute)
  if (!buckets) shared.set(perMinute, (buckets = new TokenBuckets(perMinute)))
  return buckets
}

/**
 * Login and password-reset attempts per address (RATE_LIMIT_LOGIN_PER_MIN), through REST,
 * GraphQL and the admin's form alike; staff are counted too. The address is the first entry of
 * X-Forwarded-For, which the production server has set to the client's own (src/server/apiGuard.ts).
 * Payload's own lock (5 failed attempts on one account) guards each account; this guards the
 * site against one address trying many accounts.
 */
export const limitLoginAttempts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation !== 'login' && operation !== 'forgotPassword') || req.payloadAPI === 'local') return args
  const { loginPerMinute } = rateLimits(process.env)
  if (loginPerMinute <= 0) return args
  const address = req.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown'
  const verdict = bucketsFor(loginPerMinute).take(address, Date.now())
  if (verdict.allowed) return args
  req.responseHeaders = new Headers(req.responseHeaders)
  req.responseHeaders.set('Retry-After', String(verdict.retryAfterSeconds))
  throw new APIError(tr(req.t, 'tooManyLogins', { seconds: verdict.retryAfterSeconds }), 429, undefined, true)
}
