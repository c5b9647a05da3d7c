import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../src/payload-types'
import { loginToken, makeUser, PASSWORD, rest, testPayload, uniq, unitNamed } from './helpers'

type Entry = { action: string; collectionSlug?: string; documentId?: string; target?: string; summary?: string; actor?: number | string | null; actorName?: string; address?: string }

/** A REST call from a given client address (the production server puts it in X-Forwarded-For). */
async function restFrom(address: string, method: 'POST' | 'PATCH' | 'DELETE', path: string, json?: unknown, token?: string) {
  const headers = new Headers({ 'X-Forwarded-For': address, 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const request = new Request(`http://localhost:3000/api${path}`, { method, headers, body: json === undefined ? undefined : JSON.stringify(json) })
  const response = await handleEndpoints({ config, path: `/api${path.split('?')[0]}`, request })
  return { status: response.status, body: await response.json().catch(() => null) }
}

/** Issue 13, part 13: administrative actions are logged, append-only, for admins. */
describe('the administrative audit log', () => {
  let payload: Payload
  let admin: User
  let adminToken: string
  let unit: number | string

  const newest = async (where: Record<string, unknown>): Promise<Entry | undefined> =>
    (await payload.find({ collection: 'audit-log', where: where as never, sort: '-createdAt', limit: 1, depth: 0, overrideAccess: true })).docs[0] as Entry | undefined

  beforeAll(async () => {
    payload = await testPayload()
    unit = (await unitNamed(payload, 'Ban Dân vận Thành ủy Hà Nội')).id
    admin = await makeUser(payload, ['admin'], [])
    adminToken = await loginToken(admin.email)
  })

  it("records a change of a user's roles: who, what, from where", async () => {
    const user = await makeUser(payload, ['editor'], [unit])
    const res = await restFrom('203.0.113.7', 'PATCH', `/users/${user.id}`, { roles: ['approver'] }, adminToken)
    expect(res.status).toBe(200)
    const entry = await newest({ and: [{ collectionSlug: { equals: 'users' } }, { documentId: { equals: String(user.id) } }, { action: { equals: 'update' } }] })
    expect(entry).toMatchObject({ summary: expect.stringContaining('roles: [editor] → [approver]'), address: '203.0.113.7', actorName: admin.name })
    expect(String(entry!.actor)).toBe(String(admin.id))
  })

  it('records units changed, and deletions anywhere', async () => {
    await restFrom('198.51.100.2', 'PATCH', `/units/${unit}`, { shortName: `BDV Hà Nội ${uniq()}` }, adminToken)
    expect(await newest({ and: [{ collectionSlug: { equals: 'units' } }, { action: { equals: 'update' } }] })).toMatchObject({ summary: expect.stringContaining('shortName:'), address: '198.51.100.2' })
    const category = await payload.create({ collection: 'categories', data: { name: `Chuyên mục tạm ${uniq()}` } as never })
    expect((await restFrom('198.51.100.2', 'DELETE', `/categories/${category.id}`, undefined, adminToken)).status).toBe(200)
    expect(await newest({ and: [{ collectionSlug: { equals: 'categories' } }, { action: { equals: 'delete' } }] })).toMatchObject({ documentId: String(category.id), target: (category as { name: string }).name })
  })

  it('records sign-ins, failed sign-ins with the account tried, lockouts and unlocking', async () => {
    const user = await makeUser(payload, ['contributor'], [unit])
    expect((await restFrom('192.0.2.10', 'POST', '/users/login', { email: user.email, password: PASSWORD })).status).toBe(200)
    expect(await newest({ and: [{ action: { equals: 'login' } }, { target: { equals: user.email } }] })).toMatchObject({ address: '192.0.2.10' })
    for (let i = 0; i < 6; i++) await restFrom(`192.0.2.${20 + i}`, 'POST', '/users/login', { email: user.email, password: 'sai-mat-khau-1' })
    expect(await newest({ and: [{ action: { equals: 'loginFailed' } }, { target: { equals: user.email } }] })).toMatchObject({ actorName: 'Khách' })
    expect(await newest({ and: [{ action: { equals: 'locked' } }, { target: { equals: user.email } }] })).toBeDefined()
    expect((await restFrom('192.0.2.1', 'POST', '/users/unlock', { email: user.email }, adminToken)).status).toBe(200)
    expect(await newest({ and: [{ action: { equals: 'unlock' } }, { target: { equals: user.email } }] })).toMatchObject({ actorName: admin.name })
  })

  it('records a merge of officials', async () => {
    const keep = await payload.create({ collection: 'officials', data: { fullName: `Nguyễn Văn Gộp ${uniq()}` } as never })
    const remove = await payload.create({ collection: 'officials', data: { fullName: `Nguyễn Văn Gộp ${uniq()}` } as never })
    expect((await restFrom('192.0.2.99', 'POST', `/officials/${keep.id}/merge`, { from: remove.id }, adminToken)).status).toBe(200)
    expect(await newest({ action: { equals: 'merge' } })).toMatchObject({ documentId: String(keep.id), summary: expect.stringContaining(String(remove.id)), address: '192.0.2.99' })
  })

  it('is read by admins only, and nobody changes or deletes an entry, not even through the Local API', async () => {
    const entry = (await payload.find({ collection: 'audit-log', limit: 1, overrideAccess: true })).docs[0]
    const editor = await makeUser(payload, ['editor'], [unit])
    expect((await rest('GET', '/audit-log', { token: await loginToken(editor.email) })).status).toBe(403)
    expect((await rest('GET', '/audit-log')).status).toBe(403)
    expect((await rest('GET', '/audit-log', { token: adminToken })).body.totalDocs).toBeGreaterThan(0)
    expect((await rest('PATCH', `/audit-log/${entry.id}`, { token: adminToken, json: { summary: 'sửa dấu vết' } })).status).toBe(403)
    expect((await rest('DELETE', `/audit-log/${entry.id}`, { token: adminToken })).status).toBe(403)
    expect((await rest('POST', '/audit-log', { token: adminToken, json: { action: 'login', summary: 'giả mạo' } })).status).toBe(403)
    await expect(payload.update({ collection: 'audit-log', id: entry.id, data: { summary: 'x' }, overrideAccess: true })).rejects.toThrow()
    await expect(payload.delete({ collection: 'audit-log', id: entry.id, overrideAccess: true })).rejects.toThrow()
  })
})
