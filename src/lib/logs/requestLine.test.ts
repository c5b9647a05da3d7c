import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sessionKey } from '../api/sessionToken'
import { loggedPath, logSettings, requestLine, rotationRenames, sessionUser } from './requestLine'

const key = sessionKey('a'.repeat(64))
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')
function token(claims: object, signingKey = key) {
  const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`
  return `${head}.${createHmac('sha256', signingKey).update(head).digest('base64url')}`
}

describe('request log lines', () => {
  it('keep the path, never the query, and mask the secret of reset and verification links', () => {
    expect(loggedPath('/tim-kiem?q=d%C3%A2n+v%E1%BA%ADn')).toBe('/tim-kiem')
    expect(loggedPath('/admin/reset/3f9a0c7e1b')).toBe('/admin/reset/…')
    expect(loggedPath('/api/users/verify/abc?x=1')).toBe('/api/users/verify/…')
    expect(loggedPath(undefined)).toBe('/')
  })

  it('name the user of a signed session only', () => {
    const now = 1_800_000_000
    const good = token({ id: 7, email: 'a@b.vn', exp: now + 60 })
    expect(sessionUser(`payload-token=${good}`, undefined, key, now)).toBe(7)
    expect(sessionUser(undefined, `JWT ${good}`, key, now)).toBe(7)
    expect(sessionUser(`payload-token=${token({ id: 7, exp: now + 60 }, 'other')}`, undefined, key, now)).toBe(null)
    expect(sessionUser(`payload-token=${token({ id: 7, exp: now - 1 })}`, undefined, key, now)).toBe(null)
    expect(sessionUser(undefined, undefined, key, now)).toBe(null)
  })

  it('are one JSON object a line with no e-mail or token in it', () => {
    const line = requestLine({ time: '2026-12-06T04:00:00.000Z', method: 'POST', path: '/api/users/login', status: 200, ms: 41.2, user: null })
    expect(line.endsWith('\n')).toBe(true)
    expect(JSON.parse(line)).toEqual({ time: '2026-12-06T04:00:00.000Z', method: 'POST', path: '/api/users/login', status: 200, ms: 41.2, user: null })
  })

  it('rotate by size, oldest first', () => {
    expect(rotationRenames('/var/log/dv.log', 3)).toEqual([
      ['/var/log/dv.log.2', '/var/log/dv.log.3'],
      ['/var/log/dv.log.1', '/var/log/dv.log.2'],
      ['/var/log/dv.log', '/var/log/dv.log.1'],
    ])
    expect(logSettings({})).toEqual({ enabled: true, file: null, maxBytes: 10 * 1024 * 1024, keep: 5 })
    expect(logSettings({ LOG_FILE: '/l', LOG_MAX_MB: '1', LOG_FILES: '2', REQUEST_LOG: 'off' })).toEqual({ enabled: false, file: '/l', maxBytes: 1024 * 1024, keep: 2 })
  })
})
