import { describe, expect, it } from 'vitest'
import { siteOrigin } from '../site/urls'
import { configuredSiteUrl, siteUrlProblem } from './siteUrl'

describe('the site address', () => {
  it('is SITE_URL, else SERVER_URL', () => {
    expect(configuredSiteUrl({ SITE_URL: 'https://a.vn', SERVER_URL: 'https://b.vn' })).toBe('https://a.vn')
    expect(configuredSiteUrl({ SERVER_URL: 'https://b.vn' })).toBe('https://b.vn')
    expect(siteOrigin({ SERVER_URL: 'https://danvan.example.vn/' })).toBe('https://danvan.example.vn')
    expect(siteOrigin({})).toBe('http://localhost:3000')
  })

  it('must be set, as an http(s) address, for a production start', () => {
    expect(siteUrlProblem({ NODE_ENV: 'production' })).toMatch(/^SITE_URL is not set/)
    expect(siteUrlProblem({ NODE_ENV: 'production', SITE_URL: 'danvan.vn' })).toMatch(/is not an address/)
    expect(siteUrlProblem({ NODE_ENV: 'production', SITE_URL: 'ftp://danvan.vn' })).toMatch(/must start with https/)
    expect(siteUrlProblem({ NODE_ENV: 'production', SERVER_URL: 'https://danvan.vn' })).toBe(null)
    expect(siteUrlProblem({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).toBe(null)
    expect(siteUrlProblem({ NODE_ENV: 'development' })).toBe(null)
  })
})
