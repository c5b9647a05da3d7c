import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export const MIN_SECRET_LENGTH = 32

export const SECRET_HELP =
  'Set PAYLOAD_SECRET to a random string of at least 32 characters, e.g. ' +
  '`export PAYLOAD_SECRET="$(openssl rand -hex 32)"` or a line in .env ' +
  '(docker compose reads it from .env beside docker-compose.yml).'

type Env = Record<string, string | undefined>

/** `next build` evaluates the config to collect pages; the secret is only needed to serve. */
const isBuildPhase = (env: Env) => env.NEXT_PHASE === 'phase-production-build'

/**
 * The problem with the configured secret, or null. Production refuses to start without a
 * real one: it signs every session and a guessable one lets anyone forge an admin login.
 */
export function secretProblem(env: Env): string | null {
  if (env.NODE_ENV !== 'production' || isBuildPhase(env)) return null
  const secret = env.PAYLOAD_SECRET ?? ''
  if (!secret) return `PAYLOAD_SECRET is not set. ${SECRET_HELP}`
  if (secret.length < MIN_SECRET_LENGTH) {
    return `PAYLOAD_SECRET is only ${secret.length} characters long; at least ${MIN_SECRET_LENGTH} are required. ${SECRET_HELP}`
  }
  return null
}

/**
 * The secret to sign with. Outside production an unset secret is made once per checkout and
 * kept in data/.payload-secret, so a fresh clone runs with no shared default secret.
 */
export function resolveSecret(env: Env, dataDirectory: string): string {
  const problem = secretProblem(env)
  if (problem) throw new Error(problem)
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  if (isBuildPhase(env)) return randomBytes(32).toString('hex')
  // not traced into the build output: the secret is per checkout, never shipped
  const file = path.join(/*turbopackIgnore: true*/ dataDirectory, '.payload-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(dataDirectory, { recursive: true })
    const secret = randomBytes(32).toString('hex')
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' })
    return secret
  }
}
