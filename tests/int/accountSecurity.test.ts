/**
 * Accounts (issue 13, parts 8 and 9): the password policy wherever a password is set, and
 * sign-in that tells nothing about which accounts exist.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Unit } from '../../src/payload-types'
import { seedInitialData } from '../../src/seed/initialData'
import { loginToken, makeUser, openUnit, rest, testPayload, uniq } from './helpers'

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
