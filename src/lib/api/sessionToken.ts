import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

/** The key Payload signs sessions with: the first 32 hex digits of the secret's SHA-256. */
export function sessionKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex').slice(0, 32)
}

const json = (part: string): unknown => {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
  } catch {
    return null
  }
}

/**
 * Whether a token is a session Payload signed (HS256 with `key`) that has not expired by
 * `nowSeconds`. Checked without the database, so the production server can tell staff from
 * anonymous callers before a request reaches Next; a token of a deleted user still passes,
 * which only spares a former colleague the anonymous rate limit until it expires.
 */
export function isSignedSession(token: string, key: string, nowSeconds: number): boolean {
  const parts = token.split('.')
  if (parts.length !== 3) return false
  const [header, body, signature] = parts
  const head = json(header) as { alg?: unknown } | null
  if (head?.alg !== 'HS256') return false
  const expected = createHmac('sha256', key).update(`${header}.${body}`).digest()
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false
  const claims = json(body) as { exp?: unknown } | null
  return typeof claims?.exp === 'number' && claims.exp > nowSeconds
}

/** The session token a request carries: Payload's cookie, or an `Authorization: JWT …` / `Bearer …` header. */
export function sessionTokenOf(cookieHeader: string | undefined, authorization: string | undefined, cookieName = 'payload-token'): string | null {
  const auth = authorization?.match(/^(?:JWT|Bearer) (\S+)$/)
  if (auth) return auth[1]
  for (const pair of (cookieHeader ?? '').split(';')) {
    const at = pair.indexOf('=')
    if (at > 0 && pair.slice(0, at).trim() === cookieName) return pair.slice(at + 1).trim() || null
  }
  return null
}
