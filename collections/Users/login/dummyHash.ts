import crypto from 'node:crypto'

/**
 * Payload hashes the password only when the account exists, so an unknown e-mail was answered
 * half a second sooner. This runs the same hash for it: PBKDF2-SHA256 with Payload 3.90's
 * parameters for new passwords (payload/dist/auth/strategies/local/generatePasswordSaltHash.js;
 * tests/int/accountSecurity.test.ts checks they still match Payload's own call).
 */
export const PAYLOAD_HASH = { iterations: 600_000, keyLength: 32, digest: 'sha256' } as const

const salt = crypto.randomBytes(32).toString('hex')

export function hashAgainstDummy(password: string): Promise<void> {
  // crypto.pbkdf2 through the module object, as Payload calls it (and a test can watch it)
  return new Promise((resolve) => crypto.pbkdf2(password, salt, PAYLOAD_HASH.iterations, PAYLOAD_HASH.keyLength, PAYLOAD_HASH.digest, () => resolve()))
}
