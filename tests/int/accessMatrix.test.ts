import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../src/payload-types'
import { loginToken, makeUser, PASSWORD, rest, samplePhoto, testPayload, uniq, unitNamed } from './helpers'

/**
 * The whole matrix: role × unit × collection × action, each cell through the Local API
 * (overrideAccess: false) and through REST. Each row is read create update delete, each
 * pair of digits (own unit, other unit): 1 allowed, 0 refused. Unit-scoped targets in the
 * "own" unit belong to the contributor of that unit; shared reference data has no unit,
 * so both digits agree.
 */
const MATRIX: Record<string, Record<Role, string>> = {
  reports: {
    anonymous: '00 00 00 00',
    contributor: '10 10 10 00',
    editor: '10 10 10 00',
    approver: '10 10 10 10',
    admin: '11 11 11 11',
  },
  // photos used by nothing published yet: their unit's staff only (public ones: mediaPrivacy.test.ts)
  media: {
    anonymous: '00 00 00 00',
    contributor: '10 10 10 10',
    editor: '10 10 10 10',
    approver: '10 10 10 10',
    admin: '11 11 11 11',
  },
  models: {
    anonymous: '11 00 00 00',
    contributor: '11 00 00 00',
    editor: '11 10 10 00',
    approver: '11 10 10 10',
    admin: '11 11 11 11',
  },
  officials: {
    anonymous: '11 00 00 00',
    contributor: '11 00 00 00',
    editor: '11 11 11 00',
    approver: '11 11 11 00',
    admin: '11 11 11 11',
  },
  campaigns: {
    anonymous: '11 00 00 00',
    contributor: '11 00 00 00',
    editor: '11 11 11 00',
    approver: '11 11 11 00',
    admin: '11 11 11 11',
  },
  'legal-documents': {
    anonymous: '11 00 00 00',
    contributor: '11 00 00 00',
    editor: '11 11 11 00',
    approver: '11 11 11 00',
    admin: '11 11 11 11',
  },
  categories: {
    anonymous: '11 00 00 00',
    contributor: '11 00 00 00',
    editor: '11 00 00 00',
    approver: '11 00 00 00',
    admin: '11 11 11 11',
  },
  units: {
    anonymous: '11 00 00 00',
    contributor: '11 00 00 00',
    editor: '11 00 00 00',
    approver: '11 00 00 00',
    admin: '11 11 11 11',
  },
  // targets are colleagues in the own unit and staff of the other unit
  users: {
    anonymous: '00 00 00 00',
    contributor: '10 00 00 00',
    editor: '10 00 00 00',
    approver: '10 00 00 00',
    admin: '11 11 11 11',
  },
}

type Role = 'anonymous' | 'contributor' | 'editor' | 'approver' | 'admin'
type Action = 'read' | 'create' | 'update' | 'delete'
type Side = 'own' | 'other'
const ACTIONS: Action[] = ['read', 'create', 'update', 'delete']
const ROLES: Role[] = ['anonymous', 'contributor', 'editor', 'approver', 'admin']

function expected(collection: string, role: Role, action: Action, side: Side): boolean {
  const pair = MATRIX[collection][role].split(' ')[ACTIONS.indexOf(action)]
  return pair[side === 'own' ? 0 : 1] === '1'
}

describe('access matrix', () => {
  let payload: Payload
  const unitOf: Record<Side, number | string> = { own: 0, other: 0 }
  const users: Partial<Record<Role, User>> = {}
  const tokens: Partial<Record<Role, string>> = {}
  const owner: Record<Side, User | null> = { own: null, other: null }

  /** Valid data for a new document in the given unit. */
  const build = (collection: string, unit: number | string): Record<string, unknown> => {
    const n = uniq()
    switch (collection) {
      case 'reports': return { title: `Tin bài ${n}`, unit }
      case 'media': return { alt: `Ảnh hội nghị ${n}`, unit }
      case 'models': return { name: `Mô hình ${n}`, field: 'economy', unit }
      case 'officials': return { fullName: `Nguyễn Văn ${n}` }
      case 'campaigns': return { name: `Phong trào ${n}`, kind: 'emulation' }
      case 'legal-documents': return { type: 'resolution', number: `${n}-NQ/TW` }
      case 'categories': return { name: `Chuyên mục ${n}` }
      case 'units': return { name: `Ban Dân vận ${n}`, level: 'district' }
      case 'users': return { email: `nguoi-${n}@example.vn`, password: PASSWORD, name: `Cán bộ ${n}`, roles: ['contributor'], units: [unit] }
      default: throw new Error(collection)
    }
  }
  const patch: Record<string, Record<string, string>> = {
    reports: { lead: 'Sửa sapo' }, media: { caption: 'Sửa chú thích' }, models: { results: 'Sửa kết quả' },
    officials: { notes: 'Sửa ghi chú' }, campaigns: { description: 'Sửa mô tả' }, 'legal-documents': { summary: 'Sửa trích yếu' },
    categories: { name: 'Sửa tên' }, units: { shortName: 'Sửa tên tắt' }, users: { name: 'Sửa tên' },
  }

  // a new photo per upload: the same bytes twice in a unit would be refused as a duplicate
  const photoFile = async () => {
    const data = await samplePhoto()
    return { data, mimetype: 'image/jpeg', name: `anh-${uniq()}.jpg`, size: data.length }
  }

  /** A target made by the side's contributor (it owns unit-scoped content), bypassing access. */
  async function target(collection: string, side: Side): Promise<number | string> {
    const unit = unitOf[side]
    const doc = await payload.create({
      collection: collection as CollectionSlug,
      data: build(collection, unit) as never,
      ...(collection === 'media' ? { file: await photoFile() } : {}),
      user: collection === 'units' || collection === 'users' ? undefined : owner[side]!,
      overrideAccess: true,
    })
    return doc.id
  }

  async function viaLocal(collection: string, role: Role, action: Action, side: Side): Promise<boolean> {
    const user = users[role]
    const common = { collection: collection as CollectionSlug, overrideAccess: false, user, depth: 0 }
    try {
      if (action === 'read') {
        const id = await target(collection, side)
        return Boolean(await payload.findByID({ ...common, id, disableErrors: true }))
      }
      if (action === 'create') {
        const unit = collection === 'units' ? undefined : unitOf[side]
        await payload.create({ ...common, data: build(collection, unit as never) as never, ...(collection === 'media' ? { file: await photoFile() } : {}) })
        return true
      }
      const id = await target(collection, side)
      if (action === 'update') await payload.update({ ...common, id, data: patch[collection] as never })
      else await payload.delete({ ...common, id })
      return true
    } catch (error) {
      const status = (error as { status?: number }).status
      if (status === 403 || status === 404) return false
      throw error
    }
  }

  async function viaRest(collection: string, role: Role, action: Action, side: Side): Promise<boolean> {
    const token = tokens[role]
    if (action === 'create') {
      const data = build(collection, unitOf[side])
      let res
      if (collection === 'media') {
        const form = new FormData()
        form.append('file', new Blob([new Uint8Array(await samplePhoto())], { type: 'image/jpeg' }), `anh-${uniq()}.jpg`)
        form.append('_payload', JSON.stringify(data))
        res = await rest('POST', `/${collection}`, { token, form })
      } else res = await rest('POST', `/${collection}`, { token, json: data })
      return decide(res.status, 201, res.body)
    }
    const id = await target(collection, side)
    if (action === 'read') return decide((await rest('GET', `/${collection}/${id}?depth=0`, { token })).status, 200)
    if (action === 'update') {
      const res = await rest('PATCH', `/${collection}/${id}`, { token, json: patch[collection] })
      return decide(res.status, 200, res.body)
    }
    const res = await rest('DELETE', `/${collection}/${id}`, { token })
    return decide(res.status, 200, res.body)
  }

  function decide(status: number, ok: number, body?: unknown): boolean {
    if (status === ok) return true
    if (status === 401 || status === 403 || status === 404) return false
    throw new Error(`unexpected ${status}: ${JSON.stringify(body)}`)
  }

  beforeAll(async () => {
    payload = await testPayload()
    unitOf.own = (await unitNamed(payload, 'Ban Dân vận Thành ủy Hà Nội')).id
    unitOf.other = (await unitNamed(payload, 'Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng')).id
    for (const role of ['contributor', 'editor', 'approver', 'admin'] as const) {
      users[role] = await makeUser(payload, [role], role === 'admin' ? [] : [unitOf.own])
      tokens[role] = await loginToken(users[role]!.email)
    }
    owner.own = users.contributor!
    owner.other = await makeUser(payload, ['contributor'], [unitOf.other])
  })

  for (const collection of Object.keys(MATRIX)) {
    describe(collection, () => {
      for (const role of ROLES) {
        it(`${role}`, async () => {
          const cells: string[] = []
          for (const action of ACTIONS)
            for (const side of ['own', 'other'] as Side[]) {
              const want = expected(collection, role, action, side)
              const local = await viaLocal(collection, role, action, side)
              const viaApi = await viaRest(collection, role, action, side)
              if (local !== want) cells.push(`Local ${action} ${side}: got ${local}, want ${want}`)
              if (viaApi !== want) cells.push(`REST ${action} ${side}: got ${viaApi}, want ${want}`)
            }
          expect(cells).toEqual([])
        })
      }
    })
  }

  describe('cells beside the grid', () => {
    it('anyone reads a published report of any unit; drafts stay hidden', async () => {
      const published = await payload.create({ collection: 'reports', data: { title: `Đã xuất bản ${uniq()}`, unit: unitOf.other as number, _status: 'published' } as never })
      expect((await rest('GET', `/reports/${published.id}`)).status).toBe(200)
      const list = await rest('GET', '/reports?limit=100&depth=0')
      expect(list.body.docs.every((d: { _status: string }) => d._status === 'published')).toBe(true)
      expect(list.body.docs.some((d: { id: unknown }) => d.id === published.id)).toBe(true)
    })

    it("a contributor neither reads nor edits a colleague's draft", async () => {
      const draft = await payload.create({ collection: 'reports', data: { title: `Bản nháp biên tập ${uniq()}`, unit: unitOf.own as number } as never, user: users.editor, overrideAccess: true })
      expect(await payload.findByID({ collection: 'reports', id: draft.id, user: users.contributor, overrideAccess: false, disableErrors: true })).toBeNull()
      const res = await rest('PATCH', `/reports/${draft.id}`, { token: tokens.contributor, json: { lead: 'x' } })
      expect([403, 404]).toContain(res.status)
    })

    it('nobody publishes by writing the status directly, admins included: only the workflow publishes', async () => {
      for (const role of ['contributor', 'editor', 'approver', 'admin'] as const) {
        const id = await target('reports', 'own')
        const res = await rest('PATCH', `/reports/${id}`, { token: tokens[role], json: { _status: 'published' } })
        expect([role, res.status]).toEqual([role, 403])
        expect(res.body.errors[0].message).toMatch(/chỉ thay đổi qua các thao tác quy trình/)
        const local = payload.update({ collection: 'reports', id, data: { _status: 'published' } as never, user: users[role], overrideAccess: false })
        await expect(local).rejects.toMatchObject({ status: 403 })
      }
    })

    it('nobody moves content into a unit they do not belong to', async () => {
      const id = await target('reports', 'own')
      const res = await rest('PATCH', `/reports/${id}`, { token: tokens.editor, json: { unit: unitOf.other } })
      expect(res.status).toBe(403)
      expect(res.body.errors[0].message).toMatch(/không thuộc đơn vị này/)
      const doc = await payload.findByID({ collection: 'reports', id, depth: 0 })
      expect(String(doc.unit)).toBe(String(unitOf.own))
    })

    it('staff edit their own profile but cannot raise their roles or units', async () => {
      const me = users.contributor!
      const res = await rest('PATCH', `/users/${me.id}`, { token: tokens.contributor, json: { name: 'Tên mới', roles: ['admin'], units: [unitOf.own, unitOf.other] } })
      expect(res.status).toBe(200)
      const stored = await payload.findByID({ collection: 'users', id: me.id, depth: 0 })
      expect(stored.name).toBe('Tên mới')
      expect(stored.roles).toEqual(['contributor'])
      expect(stored.units?.map(String)).toEqual([String(unitOf.own)])
    })

    it('a report keeps the account that created it, whatever the request says', async () => {
      const res = await rest('POST', '/reports', { token: tokens.contributor, json: { title: `Của tôi ${uniq()}`, unit: unitOf.own, createdBy: users.admin!.id } })
      expect(res.status).toBe(201)
      expect(String(res.body.doc.createdBy?.id ?? res.body.doc.createdBy)).toBe(String(users.contributor!.id))
    })
  })
})
