import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import QRCode from 'qrcode'
import { tr } from '../../../src/i18n/translations'
import { lockVerdict } from '../../../src/lib/auth/lockout'
import { totpUri } from '../../../src/lib/auth/totp'
import { isAdmin, staffOf } from '../../../src/lib/roles'
import { accountKey, recentFailures } from '../login/failures'
import { beginEnrolment, completeEnrolment, disableTwoFactor, mayUseTwoFactor, recoveryCodesLeft } from './store'

function signedIn(req: PayloadRequest) {
  const user = staffOf(req)
  if (!user) throw new APIError(tr(req.t, 'twoFactorSignInFirst'), 401, undefined, true)
  return user
}

function adminOnly(req: PayloadRequest) {
  if (!isAdmin(staffOf(req))) throw new APIError(tr(req.t, 'adminsOnly'), 403, undefined, true)
}

const userId = (req: PayloadRequest) => String(req.routeParams?.id ?? '')

/**
 * POST /api/users/two-factor/setup: a new key for the signed-in admin or approver, as an
 * otpauth address, its text and a QR code drawn here (SVG; nothing is asked of another site).
 */
export const twoFactorSetupEndpoint: Endpoint = {
  path: '/two-factor/setup',
  method: 'post',
  handler: async (req) => {
    const user = signedIn(req)
    if (!mayUseTwoFactor(user)) throw new APIError(tr(req.t, 'twoFactorNotForRole'), 403, undefined, true)
    const secret = await beginEnrolment(req.payload, user.id)
    const uri = totpUri(secret, String((req.user as { email?: string }).email ?? ''))
    const qr = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 })
    return Response.json({ secret, uri, qr }, { headers: { 'Cache-Control': 'no-store' } })
  },
}

/** POST /api/users/two-factor/enable { code }: the app's first code turns two-factor sign-in on; the answer carries the ten recovery codes, once. */
export const twoFactorEnableEndpoint: Endpoint = {
  path: '/two-factor/enable',
  method: 'post',
  handler: async (req) => {
    const user = signedIn(req)
    if (!mayUseTwoFactor(user)) throw new APIError(tr(req.t, 'twoFactorNotForRole'), 403, undefined, true)
    const body = ((await req.json?.().catch(() => ({}))) ?? {}) as { code?: unknown }
    const codes = typeof body.code === 'string' ? await completeEnrolment(req.payload, user.id, body.code) : null
    if (!codes) throw new APIError(tr(req.t, 'twoFactorWrong'), 400, undefined, true)
    return Response.json({ message: tr(req.t, 'twoFactorEnabled'), recoveryCodes: codes }, { headers: { 'Cache-Control': 'no-store' } })
  },
}

/** POST /api/users/:id/two-factor/disable: an admin turns it off for someone who lost their phone. */
export const twoFactorDisableEndpoint: Endpoint = {
  path: '/:id/two-factor/disable',
  method: 'post',
  handler: async (req) => {
    adminOnly(req)
    const target = await req.payload.db.findOne<{ id: number | string }>({ collection: 'users', where: { id: { equals: userId(req) } } })
    if (!target) throw new APIError(tr(req.t, 'userNotFound'), 404, undefined, true)
    await disableTwoFactor(req.payload, target.id)
    return Response.json({ message: tr(req.t, 'twoFactorDisabled') })
  },
}

/**
 * GET /api/users/:id/sign-in-status, for the account's security panel: to its owner and admins,
 * whether two-factor sign-in is on (and how many recovery codes remain); to admins also whether
 * the account is locked, and its failed sign-ins of the last quarter hour.
 */
export const signInStatusEndpoint: Endpoint = {
  path: '/:id/sign-in-status',
  method: 'get',
  handler: async (req) => {
    const viewer = signedIn(req)
    const id = userId(req)
    const self = String(viewer.id) === id
    if (!self) adminOnly(req)
    const target = await req.payload.db.findOne<{ id: number | string; email: string; roles?: string[]; totpEnabled?: boolean | null }>({ collection: 'users', where: { id: { equals: id } } })
    if (!target) throw new APIError(tr(req.t, 'userNotFound'), 404, undefined, true)
    const twoFactor = { enabled: Boolean(target.totpEnabled), available: mayUseTwoFactor({ id: target.id, roles: target.roles as never }), recoveryCodesLeft: target.totpEnabled ? await recoveryCodesLeft(req.payload, target.id) : 0 }
    if (!isAdmin(viewer)) return Response.json({ twoFactor })
    const now = Date.now()
    const account = accountKey(target.email)
    const failures = (await recentFailures(req.payload, { account, address: '', now })).filter((failure) => failure.account === account)
    const verdict = lockVerdict(failures, { account, address: '', now })
    return Response.json({
      twoFactor,
      lock: { locked: verdict.locked, until: verdict.locked ? new Date(verdict.until).toISOString() : null, failures: failures.length, addresses: new Set(failures.map((f) => f.address)).size },
    })
  },
}

export const twoFactorEndpoints = [twoFactorSetupEndpoint, twoFactorEnableEndpoint, twoFactorDisableEndpoint, signInStatusEndpoint]
