import { createHash, randomInt, timingSafeEqual } from 'node:crypto'
import { generateSecret, generateURI, verify } from 'otplib'

/**
 * Two-factor sign-in with an authenticator app (RFC 6238 TOTP: 6 digits, 30 s, SHA-1, as
 * every app reads it), through otplib, and one-time recovery codes.
 */
export const TOTP_ISSUER = 'Dân vận CMS'
const PERIOD = 30

export const newTotpSecret = (): string => generateSecret()

/** The otpauth:// address the app scans (as a QR code) or the person types. */
export const totpUri = (secret: string, account: string): string => generateURI({ issuer: TOTP_ISSUER, label: account, secret, period: PERIOD })

/**
 * Whether `code` is the secret's code now or one step either side (a phone's clock drifts),
 * and not of a step already used (`afterStep`): a code seen once cannot be replayed.
 * Returns the step it belongs to.
 */
export async function checkTotp(secret: string, code: string, afterStep?: number | null, epochSeconds = Math.floor(Date.now() / 1000)): Promise<{ valid: true; step: number } | { valid: false }> {
  const token = code.replace(/\s/g, '')
  if (!/^\d{6}$/.test(token)) return { valid: false }
  const result = await verify({ secret, token, epoch: epochSeconds, epochTolerance: PERIOD, ...(typeof afterStep === 'number' ? { afterTimeStep: afterStep } : {}) })
  if (!result.valid) return { valid: false }
  return { valid: true, step: Math.floor(epochSeconds / PERIOD) + result.delta }
}

// no 0/O, 1/I/L: read off paper and typed again
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export const RECOVERY_CODE_COUNT = 10

/** Ten codes like "7KQM-P2XD-9C", 50 bits each: printed or kept by the person, each good once. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`
  })
}

const normaliseCode = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '')

/** What is stored of a recovery code: its SHA-256 (the code is random enough that no slow hash is needed). */
export const hashRecoveryCode = (code: string): string => createHash('sha256').update(normaliseCode(code)).digest('hex')

/** The index of the stored hash this code matches, or -1; spaces, dashes and case do not matter. */
export function matchRecoveryCode(hashes: string[], code: string): number {
  if (normaliseCode(code).length !== 10) return -1
  const given = Buffer.from(hashRecoveryCode(code), 'hex')
  let found = -1
  hashes.forEach((hash, index) => {
    const stored = Buffer.from(hash, 'hex')
    if (stored.length === given.length && timingSafeEqual(stored, given) && found < 0) found = index
  })
  return found
}
