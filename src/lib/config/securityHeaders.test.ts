import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, securityHeaders } from './securityHeaders'

const named = (headers: { key: string; value: string }[]) => Object.fromEntries(headers.map((h) => [h.key.toLowerCase(), h.value]))

describe('securityHeaders', () => {
  it('allows no outside origin and no framing by other sites', () => {
    const csp = contentSecurityPolicy()
    expect(csp).toContain("frame-ancestors 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("base-uri 'self'")
    // every source is this origin or an inline/data/blob form: no host, no scheme-wide http(s)
    for (const directive of csp.split('; ')) {
      const [, ...sources] = directive.split(' ')
      for (const source of sources) expect(source).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/)
    }
    expect(csp).not.toContain('unsafe-eval')
  })

  it('lets the development server reload itself, not production', () => {
    expect(contentSecurityPolicy({ development: true })).toMatch(/connect-src 'self' ws: wss:/)
    expect(contentSecurityPolicy({ development: true })).toContain("'unsafe-eval'")
  })

  it('sends HSTS only for an https site', () => {
    expect(named(securityHeaders({ serverURL: 'https://danvan.hanoi.gov.vn' }))['strict-transport-security']).toMatch(/max-age=31536000/)
    expect(named(securityHeaders({ serverURL: 'http://localhost:3000' }))['strict-transport-security']).toBeUndefined()
    expect(named(securityHeaders())).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin', 'x-frame-options': 'SAMEORIGIN' })
  })
})
