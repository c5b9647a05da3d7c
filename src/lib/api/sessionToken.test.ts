import { jwtSign } from 'payload'
import { describe, expect, it } from 'vitest'
import { isSignedSession, sessionKey, sessionTokenOf } from './sessionToken'

const SECRET = 'a-test-secret-that-is-long-enough-0123456789'

describe('isSignedSession', () => {
  it("accepts a token Payload's own jwtSign made with the same secret, until it expires", async () => {
    const key = sessionKey(SECRET)
    const { token, exp } = await jwtSign({ fieldsToSign: { id: 1, collection: 'users', email: 'a@example.vn' }, secret: key, tokenExpiration: 3600 })
    expect(isSignedSession(token, key, exp - 10)).toBe(true)
    expect(isSignedSession(token, key, exp)).toBe(false)
  })

  it('refuses another secret, a changed body, another algorithm and garbage', async () => {
    const key = sessionKey(SECRET)
    const { token, exp } = await jwtSign({ fieldsToSign: { id: 1 }, secret: key, tokenExpiration: 3600 })
    const now = exp - 10
    expect(isSignedSession(token, sessionKey('another-secret-another-secret-another'), now)).toBe(false)
    const [h, , s] = token.split('.')
    const forged = Buffer.from(JSON.stringify({ id: 2, exp: exp + 1e6 })).toString('base64url')
    expect(isSignedSession(`${h}.${forged}.${s}`, key, now)).toBe(false)
    const none = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')
    expect(isSignedSession(`${none}.${token.split('.')[1]}.`, key, now)).toBe(false)
    for (const junk of ['', 'abc', 'a.b.c', '...', `${h}.%%%.${s}`]) expect(isSignedSession(junk, key, now), junk).toBe(false)
  })
})

describe('sessionTokenOf', () => {
  it('reads the header first, then the cookie', () => {
    expect(sessionTokenOf(undefined, 'JWT abc')).toBe('abc')
    expect(sessionTokenOf('payload-token=zzz', 'Bearer abc')).toBe('abc')
    expect(sessionTokenOf('a=1; payload-token=xyz; b=2', undefined)).toBe('xyz')
    expect(sessionTokenOf('payload-token-x=1; a=2', undefined)).toBeNull()
    expect(sessionTokenOf(undefined, 'users API-Key k')).toBeNull()
    expect(sessionTokenOf(undefined, undefined)).toBeNull()
  })
})
