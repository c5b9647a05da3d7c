/**
 * Accounts (issue 13, parts 8 and 9): the password policy wherever a password is set, and
 * sign-in that tells nothing about which accounts exist.
 */
import crypto from 'node:crypto'
import { handleEndpoints, type Payload } from 'payload'
import { generate } from 'otplib'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Unit } from '../../src/payload-types'
import { seedInitialData } from '../../src/seed/initialData'
import { PASSWORD, graphql, loginToken, makeUser, openUnit, rest, testPayload, uniq } from './helpers'

let payload: Payload
let unit: Unit
let adminToken: string

beforeAll(async () => {
  payload = await testPayload()
  unit = await openUnit(payload)
  adminToken = await loginToken(process.env.ADMIN_EMAIL!, process.env.ADMIN_PASSWORD!)
})

const passwordError = (body: { errors?: { data?: { errors?: { path: string; message: string }[] } }[] }) =>
  body.errors?.[0]?.data?.errors?.find((error) => error.path === 'password')?.message

describe('password policy', () => {
  const newUser = (password: string) => ({ email: `mk-${uniq()}@example.vn`, password, name: 'Cán bộ thử', roles: ['contributor' as const], units: [unit.id] })

  it('refuses a weak password on create with a 400 naming what is missing, in the request language', async () => {
    const short = await rest('POST', '/users', { token: adminToken, json: newUser('abc123') })
    expect(short.status).toBe(400)
    expect(passwordError(short.body)).toBe('Mật khẩu cần ít nhất 10 ký tự (mới có 6).')
    const noDigit = await rest('POST', '/users', { token: adminToken, json: newUser('khong-co-chu-so'), language: 'en' })
    expect(noDigit.status).toBe(400)
    expect(passwordError(noDigit.body)).toBe('The password needs a digit.')
    const common = await rest('POST', '/users', { token: adminToken, json: newUser('Matkhau@1234') })
    expect(common.status).toBe(400)
    expect(passwordError(common.body)).toMatch(/danh sách mật khẩu phổ biến/)
    expect((await rest('POST', '/users', { token: adminToken, json: newUser('Mot-mat-khau-tot-2026') })).status).toBe(201)
  })

  it('refuses a weak password through the Local API too', async () => {
    await expect(payload.create({ collection: 'users', data: newUser('vietnam2025') })).rejects.toThrow(/password/)
  })

  it('refuses a weak password when an account is changed, by its owner or an admin', async () => {
    const user = await makeUser(payload, ['editor'], [unit.id])
    const token = await loginToken(user.email)
    const own = await rest('PATCH', `/users/${user.id}`, { token, json: { password: 'password123' } })
    expect(own.status).toBe(400)
    expect(passwordError(own.body)).toMatch(/phổ biến/)
    expect((await rest('PATCH', `/users/${user.id}`, { token: adminToken, json: { password: 'ngan1' } })).status).toBe(400)
    expect((await rest('PATCH', `/users/${user.id}`, { token, json: { password: 'Mat-khau-moi-cua-toi-7' } })).status).toBe(200)
    expect(await loginToken(user.email, 'Mat-khau-moi-cua-toi-7')).toBeTruthy()
  })

  it('refuses a weak password on reset (the e-mailed link), and keeps the old one', async () => {
    const user = await makeUser(payload, ['contributor'], [unit.id])
    const token = await payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true })
    const weak = await rest('POST', '/users/reset-password', { json: { token, password: 'abcdefghij' } })
    expect(weak.status).toBe(400)
    expect(passwordError(weak.body)).toBe('Mật khẩu cần có chữ số.')
    expect(await loginToken(user.email)).toBeTruthy()
    const strong = await rest('POST', '/users/reset-password', { json: { token, password: 'Dat-lai-mat-khau-2026' } })
    expect(strong.status).toBe(200)
    expect(await loginToken(user.email, 'Dat-lai-mat-khau-2026')).toBeTruthy()
  })
})

type Answer = { status: number; headers: Headers; body: any }

/** A REST call from a client address (the production server puts it in X-Forwarded-For). */
async function from(address: string, method: 'POST', path: string, json: unknown, token?: string): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': address }
  if (token) headers.authorization = `JWT ${token}`
  const request = new Request(`http://localhost:3000/api${path}`, { method, headers, body: JSON.stringify(json) })
  const response = await handleEndpoints({ config: payload.config, path: `/api${path}`, request })
  return { status: response.status, headers: response.headers, body: await response.json() }
}

const signIn = (address: string, email: string, password = PASSWORD, extra: Record<string, unknown> = {}) => from(address, 'POST', '/users/login', { email, password, ...extra })

describe('sign-in tells nothing about which accounts exist', () => {
  afterEach(() => vi.restoreAllMocks())

  it('answers an unknown account exactly as a wrong password, after the same password hash', async () => {
    const user = await makeUser(payload, ['editor'], [unit.id])
    const pbkdf2 = vi.spyOn(crypto, 'pbkdf2')
    const wrong = await signIn('192.0.2.1', user.email, 'Sai-mat-khau-2026')
    const wrongHash = pbkdf2.mock.calls.map((call) => call.slice(2, 5))
    pbkdf2.mockClear()
    const unknown = await signIn('192.0.2.1', `khong-co-${uniq()}@example.vn`, 'Sai-mat-khau-2026')
    const unknownHash = pbkdf2.mock.calls.map((call) => call.slice(2, 5))
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(wrong.status)
    expect(unknown.body).toEqual(wrong.body)
    expect(wrong.body.errors[0].message).toBe('Lỗi - Email hoặc mật khẩu không chính xác.')
    // one hash each, with the parameters Payload uses for the real password
    expect(wrongHash).toEqual([[600_000, 32, 'sha256']])
    expect(unknownHash).toEqual(wrongHash)
  })
})

describe('lockout, per account and per address', () => {
  it('five failures from one address lock that address out of the account, not its owner elsewhere', async () => {
    const admin = await makeUser(payload, ['admin'], [unit.id])
    for (let i = 0; i < 5; i++) expect((await signIn('203.0.113.1', admin.email, 'Doan-mo-2026')).status).toBe(401)
    const refused = await signIn('203.0.113.1', admin.email)
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/^Đăng nhập sai quá nhiều lần vào tài khoản này từ địa chỉ của bạn\. Vui lòng thử lại sau 1[45] phút\.$/)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(800)
    // the owner, at the office
    expect((await signIn('198.51.100.1', admin.email)).status).toBe(200)
    // an account that does not exist locks the same way: the lock says nothing about existence
    const ghost = `khong-co-${uniq()}@example.vn`
    for (let i = 0; i < 5; i++) await signIn('203.0.113.2', ghost, 'Doan-mo-2026')
    const ghostRefused = await signIn('203.0.113.2', ghost, 'Doan-mo-2026')
    expect(ghostRefused.status).toBe(429)
    expect(ghostRefused.body.errors[0].message).toBe(refused.body.errors[0].message)
  })

  it('a sign-in that succeeds forgives its own address its earlier failures on the account', async () => {
    const user = await makeUser(payload, ['approver'], [unit.id])
    for (let i = 0; i < 4; i++) await signIn('203.0.113.3', user.email, 'Go-nham-mat-khau-1')
    expect((await signIn('203.0.113.3', user.email)).status).toBe(200)
    for (let i = 0; i < 4; i++) await signIn('203.0.113.3', user.email, 'Go-nham-mat-khau-1')
    expect((await signIn('203.0.113.3', user.email)).status).toBe(200)
  })

  it('an address failing on many accounts is locked out of every account', async () => {
    const user = await makeUser(payload, ['contributor'], [unit.id])
    for (let i = 0; i < 20; i++) await signIn('203.0.113.4', `thu-${i}-${uniq()}@example.vn`, 'Mat-khau-pho-bien-1')
    const refused = await signIn('203.0.113.4', user.email)
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/^Quá nhiều lần đăng nhập sai từ địa chỉ của bạn\./)
    expect((await signIn('203.0.113.5', user.email)).status).toBe(200)
  })

  it('failures from five addresses lock the account everywhere, until an admin unlocks it', async () => {
    const user = await makeUser(payload, ['editor'], [unit.id])
    for (let i = 0; i < 5; i++) await signIn(`198.18.0.${i + 1}`, user.email, 'Mat-khau-doan-9')
    const refused = await signIn('198.51.100.7', user.email)
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/^Tài khoản này tạm khóa vì bị đăng nhập sai từ nhiều nơi\./)
    expect(refused.body.errors[0].message).toMatch(/nhờ quản trị hệ thống mở khóa\.$/)
    // only an admin may unlock
    const colleague = await makeUser(payload, ['approver'], [unit.id])
    expect((await from('198.51.100.8', 'POST', '/users/unlock', { email: user.email }, await loginToken(colleague.email))).status).toBe(403)
    expect((await signIn('198.51.100.7', user.email)).status).toBe(429)
    expect((await from('198.51.100.9', 'POST', '/users/unlock', { email: user.email }, adminToken)).status).toBe(200)
    expect((await signIn('198.51.100.7', user.email)).status).toBe(200)
  })
})

describe('who sees whose e-mail', () => {
  it('staff see the names of colleagues and admins, but e-mail only of those who share a unit with them', async () => {
    const other = await payload.create({ collection: 'units', data: { name: `Ban Dân vận Huyện ủy Khác ${uniq()}`, level: 'district', province: 'Thử Nghiệm' } as never })
    const admin = await makeUser(payload, ['admin'], [])
    const editor = await makeUser(payload, ['editor'], [unit.id])
    const colleague = await makeUser(payload, ['contributor'], [unit.id, other.id])
    const stranger = await makeUser(payload, ['contributor'], [other.id])
    const token = await loginToken(editor.email)

    const seenAdmin = await rest('GET', `/users/${admin.id}?depth=0`, { token })
    expect(seenAdmin.status).toBe(200)
    expect(seenAdmin.body).toMatchObject({ name: admin.name })
    expect(seenAdmin.body.email).toBeUndefined()
    expect((await rest('GET', `/users/${colleague.id}`, { token })).body.email).toBe(colleague.email)
    expect((await rest('GET', `/users/${editor.id}`, { token })).body.email).toBe(editor.email)
    expect((await rest('GET', '/users/me', { token })).body.user.email).toBe(editor.email)
    expect((await rest('GET', `/users/${stranger.id}`, { token })).status).toBe(404)

    // the users list of the admin, as an editor opens it
    const list = await rest('GET', '/users?depth=1&limit=100', { token })
    expect(list.status).toBe(200)
    const byId = new Map(list.body.docs.map((doc: { id: number }) => [String(doc.id), doc]))
    expect(byId.get(String(admin.id))).toMatchObject({ name: admin.name })
    expect((byId.get(String(admin.id)) as { email?: string }).email).toBeUndefined()
    expect((byId.get(String(colleague.id)) as { email?: string }).email).toBe(colleague.email)
    expect(byId.has(String(stranger.id))).toBe(false)

    // nor can an address be tried as a filter
    const guess = await rest('GET', `/users?where[email][equals]=${encodeURIComponent(admin.email)}`, { token })
    expect(guess.status !== 200 || guess.body.docs.length === 0).toBe(true)

    // admins see every address
    expect((await rest('GET', `/users/${admin.id}`, { token: adminToken })).body.email).toBe(admin.email)
    expect((await rest('GET', `/users/${stranger.id}`, { token: adminToken })).body.email).toBe(stranger.email)
  })
})

describe('two-factor sign-in (TOTP) for approvers and admins', () => {
  /** An approver who has turned two-factor sign-in on: its key and recovery codes. */
  async function enrolled() {
    const user = await makeUser(payload, ['approver'], [unit.id])
    const token = await loginToken(user.email)
    const setup = await rest('POST', '/users/two-factor/setup', { token })
    expect(setup.status).toBe(200)
    const secret: string = setup.body.secret
    const enable = await rest('POST', '/users/two-factor/enable', { token, json: { code: await generate({ secret }) } })
    expect(enable.status).toBe(200)
    return { user, token, secret, recoveryCodes: enable.body.recoveryCodes as string[] }
  }

  it('is turned on with a QR code and a first code, gives ten recovery codes once, and keeps its secrets from every API', async () => {
    const contributor = await makeUser(payload, ['contributor'], [unit.id])
    expect((await rest('POST', '/users/two-factor/setup', { token: await loginToken(contributor.email) })).status).toBe(403)

    const user = await makeUser(payload, ['approver'], [unit.id])
    const token = await loginToken(user.email)
    const setup = await rest('POST', '/users/two-factor/setup', { token })
    expect(setup.body.uri).toMatch(/^otpauth:\/\/totp\/.*\?secret=[A-Z2-7]+/)
    expect(setup.body.qr).toMatch(/^<svg/)
    expect((await rest('POST', '/users/two-factor/enable', { token, json: { code: '000000' } })).status).toBe(400)
    const enable = await rest('POST', '/users/two-factor/enable', { token, json: { code: await generate({ secret: setup.body.secret }) } })
    expect(enable.status).toBe(200)
    expect(enable.body.recoveryCodes).toHaveLength(10)

    // stored sealed, returned by nothing
    const raw = await payload.db.findOne<{ id: number; [key: string]: unknown }>({ collection: 'users', where: { id: { equals: user.id } } })
    expect(raw!.totpEnabled).toBe(true)
    expect(String(raw!.totpSecret)).not.toContain(setup.body.secret)
    expect(JSON.stringify(raw!.recoveryCodes)).not.toContain(enable.body.recoveryCodes[0])
    for (const read of [await rest('GET', `/users/${user.id}`, { token }), await rest('GET', `/users/${user.id}`, { token: adminToken })]) {
      expect(read.body.totpEnabled).toBe(true)
      for (const hidden of ['totpSecret', 'totpPending', 'totpLastStep', 'recoveryCodes']) expect(read.body).not.toHaveProperty(hidden)
    }
    const gql = await graphql(`{ User(id: ${JSON.stringify(user.id)}) { email totpEnabled } }`, adminToken)
    expect(gql.body.data.User).toEqual({ email: user.email, totpEnabled: true })
    // nobody sets it through the API
    await rest('PATCH', `/users/${user.id}`, { token: adminToken, json: { totpEnabled: false } })
    expect((await payload.db.findOne<{ id: number; totpEnabled: boolean }>({ collection: 'users', where: { id: { equals: user.id } } }))!.totpEnabled).toBe(true)
  })

  it('asks for the code after the password; a wrong or replayed code is refused; each recovery code works once', async () => {
    const { user, secret, recoveryCodes } = await enrolled()
    const address = '192.0.2.50'
    const noCode = await signIn(address, user.email)
    expect(noCode.status).toBe(401)
    expect(noCode.body.errors[0]).toMatchObject({ message: 'Cần mã xác thực hai bước.', data: { twoFactor: 'required' } })
    // a wrong password says nothing about a second factor
    const wrongPassword = await signIn(address, user.email, 'Sai-mat-khau-2026', { totp: '123456' })
    expect(wrongPassword.body.errors[0].message).toBe('Lỗi - Email hoặc mật khẩu không chính xác.')
    expect((await signIn(address, user.email, PASSWORD, { totp: '000000' })).body.errors[0]).toMatchObject({ message: 'Mã xác thực hai bước không đúng hoặc đã dùng.' })

    const code = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }) // the next step: the enrolment used this one
    const signedIn = await signIn(address, user.email, PASSWORD, { totp: code })
    expect(signedIn.status).toBe(200)
    expect(signedIn.body.user.email).toBe(user.email)
    expect((await signIn(address, user.email, PASSWORD, { totp: code })).status).toBe(401)

    expect((await signIn(address, user.email, PASSWORD, { totp: recoveryCodes[0].toLowerCase() })).status).toBe(200)
    expect((await signIn(address, user.email, PASSWORD, { totp: recoveryCodes[0] })).status).toBe(401)
    expect((await signIn(address, user.email, PASSWORD, { totp: recoveryCodes[1] })).status).toBe(200)

    // GraphQL's loginUser has no place for the code: refused
    const viaGraphQL = await graphql(`mutation { loginUser(email: ${JSON.stringify(user.email)}, password: ${JSON.stringify(PASSWORD)}) { token } }`)
    expect(viaGraphQL.body.errors[0].message).toBe('Cần mã xác thực hai bước.')
  })

  it('an admin turns it off for someone who lost their phone; nobody else may', async () => {
    const { user, token } = await enrolled()
    const colleague = await makeUser(payload, ['approver'], [unit.id])
    expect((await rest('POST', `/users/${user.id}/two-factor/disable`, { token: await loginToken(colleague.email) })).status).toBe(403)
    expect((await rest('POST', `/users/${user.id}/two-factor/disable`, { token })).status).toBe(403)
    expect((await rest('GET', `/users/${user.id}/sign-in-status`, { token: adminToken })).body.twoFactor).toMatchObject({ enabled: true, recoveryCodesLeft: 10 })
    expect((await rest('POST', `/users/${user.id}/two-factor/disable`, { token: adminToken })).status).toBe(200)
    expect((await signIn('192.0.2.51', user.email)).status).toBe(200)
    expect((await rest('GET', `/users/${user.id}/sign-in-status`, { token })).body).toEqual({ twoFactor: { enabled: false, available: true, recoveryCodesLeft: 0 } })
  })

  it('a password reset by e-mail does not sign in an account with two-factor sign-in', async () => {
    const { user, secret } = await enrolled()
    const resetToken = await payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true })
    const reset = await rest('POST', '/users/reset-password', { json: { token: resetToken, password: 'Mat-khau-dat-lai-2026' } })
    expect(reset.status).toBe(200)
    expect(reset.body.token).toBeFalsy()
    expect((await signIn('192.0.2.52', user.email, 'Mat-khau-dat-lai-2026')).body.errors[0].data).toEqual({ twoFactor: 'required' })
    const code = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 })
    expect((await signIn('192.0.2.52', user.email, 'Mat-khau-dat-lai-2026', { totp: code })).status).toBe(200)
  })

  it('admins see an account’s lock and failures on its page', async () => {
    const user = await makeUser(payload, ['editor'], [unit.id])
    for (let i = 0; i < 5; i++) await signIn(`198.18.1.${i + 1}`, user.email, 'Mat-khau-doan-9')
    const status = await rest('GET', `/users/${user.id}/sign-in-status`, { token: adminToken })
    expect(status.body.lock).toMatchObject({ locked: true, failures: 5, addresses: 5 })
    expect((await rest('GET', `/users/${user.id}/sign-in-status`, { token: await loginToken((await makeUser(payload, ['editor'], [unit.id])).email) })).status).toBe(403)
  })
})

// last: it empties the users collection
describe('the first administrator from ADMIN_PASSWORD', () => {
  it('a weak ADMIN_PASSWORD stops the first start with the rule, and creates nothing', async () => {
    await payload.delete({ collection: 'users', where: { id: { exists: true } } })
    const start = seedInitialData(payload, { ADMIN_EMAIL: 'quantri-moi@example.vn', ADMIN_PASSWORD: 'quantri123', SEED_REPORTS: 'false' })
    await expect(start).rejects.toThrow(/^ADMIN_PASSWORD không đạt yêu cầu mật khẩu: Mật khẩu này nằm trong danh sách mật khẩu phổ biến/)
    await expect(seedInitialData(payload, { ADMIN_EMAIL: 'quantri-moi@example.vn', ADMIN_PASSWORD: 'abc', SEED_REPORTS: 'false' })).rejects.toThrow(
      'ADMIN_PASSWORD does not meet the password policy: The password needs at least 10 characters (it has 3) and a digit.',
    )
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
    await seedInitialData(payload, { ADMIN_EMAIL: 'quantri-moi@example.vn', ADMIN_PASSWORD: 'Quan-tri-he-thong-2026', SEED_REPORTS: 'false' })
    expect(await loginToken('quantri-moi@example.vn', 'Quan-tri-he-thong-2026')).toBeTruthy()
  })
})
