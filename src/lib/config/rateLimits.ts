type Env = Record<string, string | undefined>

/**
 * Per-address rate limits, per minute (0 = off): anonymous API requests (signed-in staff are
 * not counted) and login attempts (everyone); and how many anonymous API requests the
 * production server runs at once, whoever sends them (0 = no limit). On by default in
 * production only, so tests and development are not throttled; TRUST_PROXY says how many
 * proxies append X-Forwarded-For in front of the server (see src/lib/api/clientAddress.ts).
 */
export type RateLimits = { apiPerMinute: number; loginPerMinute: number; apiConcurrency: number; trustedProxies: number }

export const PRODUCTION_RATE_LIMITS = { apiPerMinute: 120, loginPerMinute: 20, apiConcurrency: 1 }

const count = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined || value.trim() === '') return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0) throw new Error(`${name} must be a whole number (0 turns it off), not "${value}"`)
  return number
}

export function rateLimits(env: Env): RateLimits {
  const production = env.NODE_ENV === 'production'
  const trust = (env.TRUST_PROXY ?? '').trim().toLowerCase()
  return {
    apiPerMinute: count(env.RATE_LIMIT_API_PER_MIN, production ? PRODUCTION_RATE_LIMITS.apiPerMinute : 0, 'RATE_LIMIT_API_PER_MIN'),
    loginPerMinute: count(env.RATE_LIMIT_LOGIN_PER_MIN, production ? PRODUCTION_RATE_LIMITS.loginPerMinute : 0, 'RATE_LIMIT_LOGIN_PER_MIN'),
    apiConcurrency: count(env.RATE_LIMIT_API_CONCURRENCY, production ? PRODUCTION_RATE_LIMITS.apiConcurrency : 0, 'RATE_LIMIT_API_CONCURRENCY'),
    trustedProxies: trust === 'true' || trust === 'yes' ? 1 : trust === '' || trust === 'false' || trust === 'no' ? 0 : count(trust, 0, 'TRUST_PROXY'),
  }
}
