import { describe, expect, it } from 'vitest'
import { rateLimits } from './rateLimits'

describe('rateLimits', () => {
  it('is on in production and off elsewhere unless set', () => {
    expect(rateLimits({ NODE_ENV: 'production' })).toEqual({ apiPerMinute: 120, loginPerMinute: 20, apiConcurrency: 1, trustedProxies: 0 })
    expect(rateLimits({ NODE_ENV: 'test' })).toEqual({ apiPerMinute: 0, loginPerMinute: 0, apiConcurrency: 0, trustedProxies: 0 })
    expect(rateLimits({ NODE_ENV: 'production', RATE_LIMIT_API_CONCURRENCY: '4' }).apiConcurrency).toBe(4)
    expect(rateLimits({ NODE_ENV: 'development', RATE_LIMIT_LOGIN_PER_MIN: '5' }).loginPerMinute).toBe(5)
    expect(rateLimits({ NODE_ENV: 'production', RATE_LIMIT_API_PER_MIN: '0' }).apiPerMinute).toBe(0)
  })

  it('reads TRUST_PROXY as a number of proxies, true meaning one', () => {
    expect(rateLimits({ TRUST_PROXY: 'true' }).trustedProxies).toBe(1)
    expect(rateLimits({ TRUST_PROXY: '2' }).trustedProxies).toBe(2)
    expect(rateLimits({ TRUST_PROXY: 'false' }).trustedProxies).toBe(0)
  })

  it('refuses what is not a count', () => {
    expect(() => rateLimits({ RATE_LIMIT_API_PER_MIN: 'lots' })).toThrow(/RATE_LIMIT_API_PER_MIN/)
    expect(() => rateLimits({ RATE_LIMIT_LOGIN_PER_MIN: '-1' })).toThrow(/RATE_LIMIT_LOGIN_PER_MIN/)
    expect(() => rateLimits({ TRUST_PROXY: 'maybe' })).toThrow(/TRUST_PROXY/)
  })
})
