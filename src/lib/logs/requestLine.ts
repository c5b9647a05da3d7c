import { isSignedSession, sessionTokenOf } from '../api/sessionToken'

/**
 * One JSON line per request in production (src/server/serve.ts): time, method, path, status,
 * milliseconds and the signed-in user's id. Never the query string (search words, preview ids,
 * tokens), cookies, headers or bodies; the secret part of a password-reset or verification link
 * is masked.
 */
export type RequestRecord = { time: string; method: string; path: string; status: number; ms: number; user: string | number | null; aborted?: true }

const SECRET_SEGMENTS = /\/(reset|verify|unlock|reset-password)\/[^/]+/gi

export function loggedPath(url: string | undefined): string {
  const path = (url ?? '/').split(/[?#]/)[0] || '/'
  return path.replace(SECRET_SEGMENTS, '/$1/…').slice(0, 512)
}

/** The user id of a request's session, only if Payload signed it (a forged token names nobody). */
export function sessionUser(cookie: string | undefined, authorization: string | undefined, key: string, nowSeconds: number): string | number | null {
  const token = sessionTokenOf(cookie, authorization)
  if (!token || !isSignedSession(token, key, nowSeconds)) return null
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { id?: unknown }
    return typeof claims.id === 'string' || typeof claims.id === 'number' ? claims.id : null
  } catch {
    return null
  }
}

export function requestLine(record: RequestRecord): string {
  return `${JSON.stringify(record)}\n`
}

/**
 * Size-based rotation: once the file would pass `maxBytes`, it becomes NAME.1, NAME.1 becomes
 * NAME.2 and so on; NAME.`keep` is dropped. The renames, oldest first.
 */
export function rotationRenames(file: string, keep: number): [string, string][] {
  const renames: [string, string][] = []
  for (let n = keep - 1; n >= 1; n--) renames.push([`${file}.${n}`, `${file}.${n + 1}`])
  renames.push([file, `${file}.1`])
  return renames
}

export type LogSettings = { enabled: boolean; file: string | null; maxBytes: number; keep: number }

/** REQUEST_LOG=off turns the lines off; LOG_FILE sends them to a file (LOG_MAX_MB each, LOG_FILES kept) instead of stdout. */
export function logSettings(env: Record<string, string | undefined>): LogSettings {
  const mb = Number(env.LOG_MAX_MB)
  const keep = Number(env.LOG_FILES)
  return {
    enabled: env.REQUEST_LOG !== 'off',
    file: env.LOG_FILE?.trim() || null,
    maxBytes: (Number.isFinite(mb) && mb > 0 ? mb : 10) * 1024 * 1024,
    keep: Number.isInteger(keep) && keep >= 1 ? keep : 5,
  }
}
