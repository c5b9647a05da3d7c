import type { Payload, PayloadRequest } from 'payload'
import { boxKey, open, seal } from '../../../src/lib/auth/secretBox'
import { checkTotp, hashRecoveryCode, matchRecoveryCode, newRecoveryCodes, newTotpSecret } from '../../../src/lib/auth/totp'
import { hasRole, type StaffLike } from '../../../src/lib/roles'

/**
 * A user's second factor as stored on the account, in hidden fields no API returns: the TOTP
 * key sealed under a key derived from the application secret (totpSecret, and totpPending while
 * it awaits its first code), the last time step used (totpLastStep, so no code works twice) and
 * the SHA-256 of each unused recovery code. Read and written through the database adapter only.
 */
type Stored = { id: number | string; email?: string; totpEnabled?: boolean | null; totpSecret?: string | null; totpPending?: string | null; totpLastStep?: number | null; recoveryCodes?: unknown }

/** Two-factor sign-in is for those who publish and those who administer. */
export const mayUseTwoFactor = (user: StaffLike): boolean => hasRole(user, 'admin', 'approver')

const key = (payload: Payload) => boxKey(payload.secret, 'totp')

// `req` during a sign-in: its transaction has just written the account (the new session), and a
// write beside it to the same document would conflict on MongoDB
async function stored(payload: Payload, id: number | string, req?: PayloadRequest): Promise<Stored | null> {
  return payload.db.findOne<Stored>({ collection: 'users', where: { id: { equals: id } }, req })
}

async function write(payload: Payload, id: number | string, data: Partial<Stored>, req?: PayloadRequest): Promise<void> {
  await payload.db.updateOne({ collection: 'users', id, data, returning: false, req })
}

/** Starts an enrolment: a new key, kept aside until the person proves their app has it. */
export async function beginEnrolment(payload: Payload, id: number | string): Promise<string> {
  const secret = newTotpSecret()
  await write(payload, id, { totpPending: seal(secret, key(payload)) })
  return secret
}

/** Ends an enrolment with the app's first code: the key becomes the account's, and ten recovery codes are made (returned once, stored hashed). */
export async function completeEnrolment(payload: Payload, id: number | string, code: string): Promise<string[] | null> {
  const user = await stored(payload, id)
  const secret = user?.totpPending ? open(user.totpPending, key(payload)) : null
  if (!secret) return null
  const check = await checkTotp(secret, code)
  if (!check.valid) return null
  const codes = newRecoveryCodes()
  await write(payload, id, { totpEnabled: true, totpSecret: user!.totpPending, totpPending: null, totpLastStep: check.step, recoveryCodes: codes.map(hashRecoveryCode) })
  return codes
}

/** An admin's switch-off (a lost phone): the key and the recovery codes go. */
export async function disableTwoFactor(payload: Payload, id: number | string): Promise<void> {
  await write(payload, id, { totpEnabled: false, totpSecret: null, totpPending: null, totpLastStep: null, recoveryCodes: null })
}

/**
 * The second step of a sign-in: a code from the app (not one already used) or an unused
 * recovery code, which is then struck off.
 */
export async function checkSecondFactor(req: PayloadRequest, id: number | string, code: string): Promise<boolean> {
  const { payload } = req
  const user = await stored(payload, id, req)
  const secret = user?.totpSecret ? open(user.totpSecret, key(payload)) : null
  if (!user || !secret) return false
  const totp = await checkTotp(secret, code, user.totpLastStep)
  if (totp.valid) {
    await write(payload, id, { totpLastStep: totp.step }, req)
    return true
  }
  const hashes = Array.isArray(user.recoveryCodes) ? user.recoveryCodes.filter((hash): hash is string => typeof hash === 'string') : []
  const index = matchRecoveryCode(hashes, code)
  if (index < 0) return false
  await write(payload, id, { recoveryCodes: hashes.filter((_, i) => i !== index) }, req)
  return true
}

/** How many recovery codes are left unused. */
export async function recoveryCodesLeft(payload: Payload, id: number | string): Promise<number> {
  const user = await stored(payload, id)
  return Array.isArray(user?.recoveryCodes) ? user.recoveryCodes.length : 0
}
