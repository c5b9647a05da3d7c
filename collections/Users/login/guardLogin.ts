import { APIError, type CollectionAfterOperationHook, type CollectionBeforeLoginHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { tr } from '../../../src/i18n/translations'
import { requestAddress } from '../../../src/lib/api/clientAddress'
import { lockVerdict, type LockReason } from '../../../src/lib/auth/lockout'
import { hashAgainstDummy } from './dummyHash'
import { checkSecondFactor } from '../twoFactor/store'
import { accountKey, forgetAccount, forgetFailure, forgetPair, outsideTransaction, recentFailures, recordFailure } from './failures'

/** What the sign-in's first step leaves for its last (in req.context). */
export type LoginAttempt = { failure: number | string; account: string; address: string; code?: string }
export const LOGIN_ATTEMPT = 'loginAttempt'

const MESSAGE: Record<LockReason, 'loginLockedAddress' | 'loginLockedPair' | 'loginLockedAccount'> = {
  address: 'loginLockedAddress',
  pair: 'loginLockedPair',
  account: 'loginLockedAccount',
}

/** A lockout: 429 with Retry-After; named LockedAuth like Payload's own, for the logs and the audit. */
class LoginLocked extends APIError {
  constructor(message: string, retryAfterSeconds: number) {
    super(message, 429, { retryAfterSeconds }, true)
    this.name = 'LockedAuth'
  }
}

function refuse(req: PayloadRequest, reason: LockReason, until: number, now: number): never {
  const seconds = Math.max(1, Math.ceil((until - now) / 1000))
  req.responseHeaders = new Headers(req.responseHeaders)
  req.responseHeaders.set('Retry-After', String(seconds))
  throw new LoginLocked(tr(req.t, MESSAGE[reason], { minutes: Math.ceil(seconds / 60) }), seconds)
}

/**
 * Before Payload checks the password (REST, GraphQL and the admin's form; the Local API is the
 * server's own and skips this): refuses a locked attempt (src/lib/auth/lockout.ts), does the
 * password hash for an unknown account as Payload does for a known one, and records the attempt
 * as a failure. A sign-in that succeeds forgets it again (secondStepOfLogin); one that
 * fails, or never finishes, leaves it counted. The answer to a wrong password and to an unknown
 * account is then Payload's one AuthenticationError, after the same work.
 */
export const guardLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' || req.payloadAPI === 'local') return args
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  // without both, Payload answers with the missing field, as before
  if (typeof email !== 'string' || !email.trim() || typeof password !== 'string' || !password.trim()) return args
  const account = accountKey(email)
  const address = requestAddress(req.headers)
  const now = Date.now()
  const verdict = lockVerdict(await recentFailures(req.payload, { account, address, now }), { account, address, now })
  if (verdict.locked) refuse(req, verdict.reason, verdict.until, now)
  const user = await req.payload.db.findOne({ collection: 'users', where: { email: { equals: email.trim().toLowerCase() } } })
  if (!user) await hashAgainstDummy(password)
  const failure = await recordFailure(req.payload, { account, address, at: now })
  // the second factor, when the account has one, rides on the same request (REST: { email, password, totp })
  const code = (req.data as { totp?: unknown } | undefined)?.totp
  req.context[LOGIN_ATTEMPT] = { failure, account, address, code: typeof code === 'string' && code.trim() ? code : undefined } satisfies LoginAttempt
  return args
}

/**
 * The password was right. With two-factor sign-in on, the code (or a recovery code) must come
 * too: without one the answer is "Cần mã xác thực hai bước" (data.twoFactor 'required', so the
 * login form asks for it) and the attempt is not a failure; a wrong one stays a failure, so codes
 * cannot be guessed faster than passwords. Then the attempt was no failure, and this address's
 * earlier failures on the account are forgiven.
 */
export const secondStepOfLogin: CollectionBeforeLoginHook = async ({ req, user }) => {
  const attempt = req.context[LOGIN_ATTEMPT] as LoginAttempt | undefined
  if (!attempt) return user
  if ((user as { totpEnabled?: boolean | null }).totpEnabled) {
    if (!attempt.code) {
      await outsideTransaction(req, () => forgetFailure(req.payload, attempt.failure))
      throw new APIError(tr(req.t, 'twoFactorRequired'), 401, { twoFactor: 'required' }, true)
    }
    if (!(await checkSecondFactor(req, user.id, attempt.code))) throw new APIError(tr(req.t, 'twoFactorWrong'), 401, { twoFactor: 'wrong' }, true)
  }
  await outsideTransaction(req, async () => {
    await forgetFailure(req.payload, attempt.failure)
    await forgetPair(req.payload, attempt.account, attempt.address)
  })
  return user
}

/** An admin's unlock (POST /api/users/unlock, "Mở khóa tài khoản") forgets the account's failures from every address. */
export const forgetFailuresOnUnlock: CollectionAfterOperationHook = async ({ args, operation, req, result }) => {
  if (operation !== 'unlock') return result
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (typeof email === 'string' && email.trim()) await outsideTransaction(req, () => forgetAccount(req.payload, accountKey(email)))
  return result
}

/**
 * A password reset signs its user in, by e-mail alone: for an account with two-factor sign-in
 * the password is set but the session is withdrawn, so signing in still takes the code.
 */
export const noSessionFromResetWithTwoFactor: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation !== 'resetPassword') return result
  const reset = result as { token?: string; user?: { id: number | string } }
  if (!reset.user) return result
  const user = await req.payload.db.findOne<{ id: number | string; totpEnabled?: boolean | null }>({ collection: 'users', where: { id: { equals: reset.user.id } } })
  if (!user?.totpEnabled) return result
  // in the reset's own transaction: on SQLite a write beside it would wait for it forever
  await req.payload.db.updateOne({ collection: 'users', id: reset.user.id, data: { sessions: [] }, returning: false, req })
  return { ...reset, token: '' }
}
