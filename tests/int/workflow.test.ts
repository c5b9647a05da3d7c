import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { transitionReport } from '../../collections/Reports/workflow/transitionReport'
import { capturedEmails } from '../../src/lib/email/emailAdapter'
import type { User } from '../../src/payload-types'
import { graphql, loginToken, makeUser, rest, samplePhoto, testPayload, uniq, unitNamed, openUnit } from './helpers'

type Role = 'contributor' | 'editor' | 'approver' | 'admin'
const STATES = ['draft', 'submitted', 'inApproval', 'published', 'unpublished'] as const
const ACTIONS = ['submit', 'forward', 'return', 'publish', 'schedulePublish', 'unpublish', 'scheduleUnpublish', 'reopen'] as const

/**
 * Every cell of role × state × action, for a report of the user's own unit (written by the
 * unit's contributor) and of another unit: what may happen, as "state:action" pairs.
 */
const ALLOWED_IN_OWN_UNIT: Record<Role, string[]> = {
  contributor: ['draft:submit'],
  editor: ['draft:submit', 'submitted:forward', 'submitted:return', 'inApproval:return', 'unpublished:reopen'],
  approver: [
    'draft:submit', 'submitted:forward', 'submitted:return', 'inApproval:return', 'inApproval:publish', 'inApproval:schedulePublish',
    'published:unpublish', 'published:scheduleUnpublish', 'unpublished:reopen',
  ],
  admin: [
    'draft:submit', 'submitted:forward', 'submitted:return', 'inApproval:return', 'inApproval:publish', 'inApproval:schedulePublish',
    'published:unpublish', 'published:scheduleUnpublish', 'unpublished:reopen',
  ],
}
const EXPECTED_TO: Record<string, string> = {
  submit: 'submitted', forward: 'inApproval', return: 'draft', publish: 'published', schedulePublish: 'inApproval',
  unpublish: 'unpublished', scheduleUnpublish: 'published', reopen: 'draft',
}

describe('editorial workflow', () => {
  let payload: Payload
  let own: number | string
  let other: number | string
  let photoId: number | string
  let categoryId: number | string
  const users: Record<Role, User> = {} as never
  const tokens: Record<Role, string> = {} as never
  let otherContributor: User
  let otherEditor: User

  const inAnHour = () => new Date(Date.now() + 3600_000).toISOString()

  /** A report ready to publish, written by the unit's contributor and put in a state directly (a system write). */
  async function reportIn(state: (typeof STATES)[number], unit: number | string, extra: Record<string, unknown> = {}) {
    const author = unit === own ? users.contributor : otherContributor
    const doc = await payload.create({
      collection: 'reports',
      data: {
        title: `Hội nghị sơ kết ${uniq()}`, lead: 'Sáng 24/7, Ban Dân vận tổ chức hội nghị.', unit, category: categoryId,
        publishedAt: '2024-07-24T09:42:07.000Z', featuredImage: photoId, gallery: [{ photo: photoId, caption: 'Quang cảnh hội nghị' }],
        ...extra,
      } as never,
      user: author,
      overrideAccess: true,
    })
    // States are set by a system write (no user), as the importer would.
    await payload.update({ collection: 'reports', id: doc.id, data: { workflowState: state, _status: state === 'published' ? 'published' : 'draft' } as never, overrideAccess: true })
    return doc.id
  }

  const inputFor = (action: string) => ({ comment: action === 'return' ? 'Cần bổ sung số liệu' : null, at: action.startsWith('schedule') ? inAnHour() : null })

  beforeAll(async () => {
    payload = await testPayload()
    own = (await unitNamed(payload, 'Ban Dân vận Thành ủy Hà Nội')).id
    other = (await openUnit(payload)).id
    categoryId = (await payload.find({ collection: 'categories', limit: 1 })).docs[0].id
    const photo = await samplePhoto()
    photoId = (await payload.create({ collection: 'media', data: { alt: 'Quang cảnh hội nghị', unit: own as number }, file: { data: photo, mimetype: 'image/jpeg', name: 'hoi-nghi.jpg', size: photo.length } })).id
    for (const role of ['contributor', 'editor', 'approver', 'admin'] as Role[]) {
      users[role] = await makeUser(payload, [role], role === 'admin' ? [] : [own])
      tokens[role] = await loginToken(users[role].email)
    }
    otherContributor = await makeUser(payload, ['contributor'], [other])
    otherEditor = await makeUser(payload, ['editor'], [other])
  })

  for (const role of ['contributor', 'editor', 'approver', 'admin'] as Role[])
    it(`${role}: every state × action, own unit and other unit, via the Local API and REST`, async () => {
      const wrong: string[] = []
      for (const state of STATES)
        for (const action of ACTIONS)
          for (const [side, unit] of [['own', own], ['other', other]] as const) {
            const want = side === 'own' || role === 'admin' ? ALLOWED_IN_OWN_UNIT[role].includes(`${state}:${action}`) : false
            // Local API
            const localId = await reportIn(state, unit)
            let localOk = true
            try {
              const doc = await transitionReport(payload, { id: localId, action, user: users[role], ...inputFor(action) })
              if (doc.workflowState !== EXPECTED_TO[action]) wrong.push(`Local ${state}:${action} ${side} ended in ${doc.workflowState}`)
            } catch (error) {
              localOk = false
              if ((error as { status?: number }).status !== 403) wrong.push(`Local ${state}:${action} ${side} failed with ${(error as Error).message}`)
            }
            if (localOk !== want) wrong.push(`Local ${state}:${action} ${side}: got ${localOk}, want ${want}`)
            // REST
            const restId = await reportIn(state, unit)
            const res = await rest('POST', `/reports/${restId}/workflow`, { token: tokens[role], json: { action, ...inputFor(action) } })
            if ((res.status === 200) !== want) wrong.push(`REST ${state}:${action} ${side}: got ${res.status}, want ${want ? 200 : 403}`)
            if (res.status !== 200 && res.status !== 403) wrong.push(`REST ${state}:${action} ${side}: status ${res.status} ${JSON.stringify(res.body)}`)
            if (res.status === 403 && !/Không thể|không thuộc đơn vị/.test(res.body.errors?.[0]?.message)) wrong.push(`REST ${state}:${action}: unclear refusal ${res.body.errors?.[0]?.message}`)
          }
      expect(wrong).toEqual([])
    }, 180_000) // 80 reports through the workflow each: slow on a loaded machine

  it("a contributor acts only on their own reports", async () => {
    const colleagues = await reportIn('draft', own, {})
    await payload.update({ collection: 'reports', id: colleagues, data: { createdBy: users.editor.id } as never, overrideAccess: true })
    const res = await rest('POST', `/reports/${colleagues}/workflow`, { token: tokens.contributor, json: { action: 'submit' } })
    expect(res.status).toBe(403)
  })

  it('explains a refusal with the state, the role and what is allowed, in the request language', async () => {
    const id = await reportIn('submitted', own)
    const vi = await rest('POST', `/reports/${id}/workflow`, { token: tokens.editor, json: { action: 'publish' } })
    expect(vi.status).toBe(403)
    expect(vi.body.errors[0].message).toBe('Không thể "Xuất bản" tin bài ở trạng thái "Chờ biên tập" với vai trò Biên tập viên. Được phép: Chuyển duyệt, Trả lại.')
    const en = await rest('POST', `/reports/${id}/workflow`, { token: tokens.editor, json: { action: 'publish' }, language: 'en' })
    expect(en.body.errors[0].message).toBe('Cannot "Publish" a report in state "Submitted" as Editor. Allowed: Send for approval, Return.')
  })

  it('requires a comment to return a report', async () => {
    const id = await reportIn('submitted', own)
    const res = await rest('POST', `/reports/${id}/workflow`, { token: tokens.editor, json: { action: 'return' } })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe('"Trả lại" cần có nhận xét cho tác giả.')
    expect((await payload.findByID({ collection: 'reports', id, draft: true })).workflowState).toBe('submitted')
  })

  it('puts the return comment in the report’s comment thread, where only the workflow writes one', async () => {
    const id = await reportIn('submitted', own)
    expect((await rest('POST', `/reports/${id}/workflow`, { token: tokens.editor, json: { action: 'return', comment: 'Bổ sung ảnh hội nghị.' } })).status).toBe(200)
    const thread = await payload.find({ collection: 'report-comments', where: { report: { equals: id } }, depth: 0 })
    expect(thread.docs.map((c) => [c.text, c.kind, String(c.author)])).toEqual([['Bổ sung ảnh hội nghị.', 'return', String(users.editor.id)]])
    // a comment written by hand is a comment, whatever it claims
    const own2 = await rest('POST', '/report-comments', { token: tokens.editor, json: { report: id, text: 'Đã xem.', kind: 'return' } })
    expect([own2.status, own2.body.doc.kind]).toEqual([201, 'comment'])
  })

  it('refuses to publish until the checklist is complete, listing what is missing', async () => {
    const doc = await payload.create({ collection: 'reports', data: { title: `Thiếu nhiều thứ ${uniq()}`, unit: own, gallery: [{ caption: 'Ảnh chờ bổ sung' }] } as never, user: users.contributor })
    await payload.update({ collection: 'reports', id: doc.id, data: { workflowState: 'inApproval' } as never })
    const res = await rest('POST', `/reports/${doc.id}/workflow`, { token: tokens.approver, json: { action: 'publish' } })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe('Chưa thể xuất bản, còn thiếu: Sapo; Chuyên mục; Ảnh đại diện; Ảnh số 1 trong bài chưa có tệp ảnh.')
    const stored = await payload.findByID({ collection: 'reports', id: doc.id, draft: true })
    expect([stored._status, stored.workflowState]).toEqual(['draft', 'inApproval'])
    expect((await payload.count({ collection: 'report-transitions', where: { report: { equals: doc.id } } })).totalDocs).toBe(0)
  })

  it('dates a report when it is published or scheduled, unless its date was set on purpose', async () => {
    const now = await reportIn('inApproval', own, { publishedAt: null })
    const before = Date.now()
    expect((await rest('POST', `/reports/${now}/workflow`, { token: tokens.approver, json: { action: 'publish' } })).status).toBe(200)
    const published = await payload.findByID({ collection: 'reports', id: now })
    expect(new Date(published.publishedAt!).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(new Date(published.publishedAt!).getTime()).toBeLessThanOrEqual(Date.now())

    const later = await reportIn('inApproval', own, { publishedAt: null })
    const at = inAnHour()
    expect((await rest('POST', `/reports/${later}/workflow`, { token: tokens.approver, json: { action: 'schedulePublish', at } })).status).toBe(200)
    expect((await payload.findByID({ collection: 'reports', id: later, draft: true })).publishedAt).toBe(at)

    // an older event written up now keeps its own date
    const older = await reportIn('inApproval', own)
    expect((await rest('POST', `/reports/${older}/workflow`, { token: tokens.approver, json: { action: 'publish' } })).status).toBe(200)
    expect((await payload.findByID({ collection: 'reports', id: older })).publishedAt).toBe('2024-07-24T09:42:07.000Z')
  })

  it('takes steps for several reports at once, through the same rules, saying what happened to each', async () => {
    const ready = await reportIn('inApproval', own)
    const draft = await reportIn('draft', own)
    const incomplete = await reportIn('inApproval', own, { featuredImage: null })
    const elsewhere = await reportIn('inApproval', other)
    const res = await rest('POST', '/reports/workflow-bulk', { token: tokens.approver, json: { action: 'publish', ids: [ready, draft, incomplete, elsewhere] } })
    expect(res.status).toBe(200)
    const byId = Object.fromEntries(res.body.results.map((r: { id: string; ok: boolean; message: string }) => [r.id, [r.ok, r.message]]))
    expect(byId[String(ready)]).toEqual([true, 'Đã xuất bản.'])
    expect(byId[String(draft)][0]).toBe(false)
    expect(byId[String(draft)][1]).toMatch(/^Không thể "Xuất bản" tin bài ở trạng thái "Bản nháp"/)
    expect(byId[String(incomplete)]).toEqual([false, 'Chưa thể xuất bản, còn thiếu: Ảnh đại diện.'])
    expect(byId[String(elsewhere)][1]).toMatch(/không thuộc đơn vị/)
    expect(res.body.message).toBe('1/4 tin bài: Đã xuất bản.')
    expect((await payload.findByID({ collection: 'reports', id: ready })).workflowState).toBe('published')
    expect((await payload.findByID({ collection: 'reports', id: incomplete, draft: true })).workflowState).toBe('inApproval')

    // return several with one comment; a return without one is refused for each
    const a = await reportIn('submitted', own)
    const b = await reportIn('inApproval', own)
    const silent = await rest('POST', '/reports/workflow-bulk', { token: tokens.editor, json: { action: 'return', ids: [a] } })
    expect(silent.body.results[0]).toMatchObject({ ok: false, message: '"Trả lại" cần có nhận xét cho tác giả.' })
    const returned = await rest('POST', '/reports/workflow-bulk', { token: tokens.editor, json: { action: 'return', ids: [a, b], comment: 'Bổ sung số liệu quý III.' } })
    expect(returned.body.results.map((r: { ok: boolean }) => r.ok)).toEqual([true, true])
    for (const id of [a, b]) expect((await payload.findByID({ collection: 'reports', id, draft: true })).returnedComment).toBe('Bổ sung số liệu quý III.')
    // only the workflow's steps, and a sane selection
    expect((await rest('POST', '/reports/workflow-bulk', { token: tokens.approver, json: { action: 'delete', ids: [a] } })).status).toBe(400)
    expect((await rest('POST', '/reports/workflow-bulk', { token: tokens.approver, json: { action: 'publish', ids: [] } })).status).toBe(400)
    expect((await rest('POST', '/reports/workflow-bulk', { json: { action: 'publish', ids: [a] } })).status).toBe(401)
  })

  it('walks a report from draft to published and down again, recording every step', async () => {
    const id = await reportIn('draft', own)
    await transitionReport(payload, { id, action: 'submit', user: users.contributor })
    await transitionReport(payload, { id, action: 'return', user: users.editor, comment: 'Bổ sung ảnh' })
    const returned = await payload.findByID({ collection: 'reports', id, draft: true })
    expect([returned.workflowState, returned.returnedComment]).toEqual(['draft', 'Bổ sung ảnh'])
    await transitionReport(payload, { id, action: 'submit', user: users.contributor })
    await transitionReport(payload, { id, action: 'forward', user: users.editor })
    await transitionReport(payload, { id, action: 'publish', user: users.approver })
    const live = await payload.findByID({ collection: 'reports', id, overrideAccess: false })
    expect([live._status, live.workflowState, live.returnedComment ?? null]).toEqual(['published', 'published', null])
    await transitionReport(payload, { id, action: 'unpublish', user: users.approver })
    expect(await payload.findByID({ collection: 'reports', id, overrideAccess: false, disableErrors: true })).toBeNull()
    const { docs } = await payload.find({ collection: 'report-transitions', where: { report: { equals: id } }, sort: 'createdAt', depth: 0 })
    expect(docs.map((d) => [d.action, d.from, d.to, String(d.user), d.comment ?? null])).toEqual([
      ['submit', 'draft', 'submitted', String(users.contributor.id), null],
      ['return', 'submitted', 'draft', String(users.editor.id), 'Bổ sung ảnh'],
      ['submit', 'draft', 'submitted', String(users.contributor.id), null],
      ['forward', 'submitted', 'inApproval', String(users.editor.id), null],
      ['publish', 'inApproval', 'published', String(users.approver.id), null],
      ['unpublish', 'published', 'unpublished', String(users.approver.id), null],
    ])
  })

  it('keeps the published version live while an edit waits for approval', async () => {
    const id = await reportIn('inApproval', own)
    const { title } = await transitionReport(payload, { id, action: 'publish', user: users.approver })
    const edit = await rest('PATCH', `/reports/${id}?draft=true`, { token: tokens.editor, json: { title: 'Tiêu đề đã sửa, chờ duyệt' } })
    expect(edit.status).toBe(200)
    const publicView = await rest('GET', `/reports/${id}`)
    expect([publicView.body.title, publicView.body._status]).toEqual([title, 'published'])
    const latest = await payload.findByID({ collection: 'reports', id, draft: true })
    expect([latest.title, latest.workflowState]).toEqual(['Tiêu đề đã sửa, chờ duyệt', 'draft'])
    const direct = await rest('PATCH', `/reports/${id}`, { token: tokens.editor, json: { title: 'Sửa thẳng bản đang hiển thị' } })
    expect(direct.status).toBe(403)
    expect(direct.body.errors[0].message).toMatch(/Lưu bản nháp/)
    expect((await rest('GET', `/reports/${id}`)).body.title).toBe(title)
    // approved again, the edit goes live
    await transitionReport(payload, { id, action: 'submit', user: users.editor })
    await transitionReport(payload, { id, action: 'forward', user: users.editor })
    await transitionReport(payload, { id, action: 'publish', user: users.approver })
    expect((await rest('GET', `/reports/${id}`)).body.title).toBe('Tiêu đề đã sửa, chờ duyệt')
  })

  it('takes a live report down whatever edit is pending; the pending edit stays a draft in its state', async () => {
    for (const [who, how] of [['approver', 'unpublish'], ['admin', 'unpublish'], ['approver', 'scheduleUnpublish']] as const) {
      const id = await reportIn('inApproval', own)
      const { title } = await transitionReport(payload, { id, action: 'publish', user: users.approver })
      // a contributor's edit waits as a draft over the live report, submitted for editing
      expect((await rest('PATCH', `/reports/${id}?draft=true`, { token: tokens.contributor, json: { title: 'Bản sửa của cộng tác viên' } })).status).toBe(200)
      await transitionReport(payload, { id, action: 'submit', user: users.contributor })
      const actions = await rest('POST', `/reports/${id}/workflow`, { token: tokens[who], json: { action: how, ...inputFor(how) } })
      expect([actions.status, actions.body.errors?.[0]?.message]).toEqual([200, undefined])
      if (how === 'unpublish') {
        const publicView = await rest('GET', `/reports/${id}`)
        expect(publicView.status).toBe(404)
        expect((await payload.count({ collection: 'reports', where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] }, overrideAccess: true })).totalDocs).toBe(0)
      } else {
        expect((await rest('GET', `/reports/${id}`)).body.title).toBe(title)
        expect((await payload.findByID({ collection: 'reports', id, draft: true, overrideAccess: true })).scheduledAction).toBe('unpublish')
      }
      const pending = await payload.findByID({ collection: 'reports', id, draft: true, overrideAccess: true })
      expect([pending.title, pending.workflowState, pending._status]).toEqual(['Bản sửa của cộng tác viên', 'submitted', 'draft'])
      const log = await payload.find({ collection: 'report-transitions', where: { report: { equals: id } }, sort: '-createdAt', limit: 1, overrideAccess: true })
      expect(log.docs[0]).toMatchObject({ action: how, from: 'published' })
    }
    // a contributor or an editor still cannot take it down
    const id = await reportIn('published', own)
    expect((await rest('PATCH', `/reports/${id}?draft=true`, { token: tokens.contributor, json: { title: 'Sửa tiếp' } })).status).toBe(200)
    for (const who of ['contributor', 'editor'] as const) expect((await rest('POST', `/reports/${id}/workflow`, { token: tokens[who], json: { action: 'unpublish' } })).status).toBe(403)
  })

  it('records who saved each version: the saver, the one who took a workflow step; a write without a user keeps it', async () => {
    const id = (await payload.create({ collection: 'reports', data: { title: `Ai đã lưu ${uniq()}`, unit: own } as never, user: users.contributor, overrideAccess: false })).id
    expect((await rest('PATCH', `/reports/${id}?draft=true`, { token: tokens.editor, json: { lead: 'Biên tập viên sửa sapo.', savedBy: users.admin.id } })).status).toBe(200)
    await transitionReport(payload, { id, action: 'submit', user: users.contributor })
    await payload.update({ collection: 'reports', id, data: { importNotes: 'Ghi chú của hệ thống' } as never, draft: true, overrideAccess: true })
    const { docs } = await payload.findVersions({ collection: 'reports', where: { parent: { equals: id } }, sort: 'updatedAt', depth: 0 })
    const saver = (v: { version: { savedBy?: unknown } }) => (v.version.savedBy === undefined || v.version.savedBy === null ? null : String(v.version.savedBy))
    // created by the contributor, saved by the editor (not whom they claimed), submitted by the contributor, then a system write
    expect(docs.map(saver)).toEqual([users.contributor.id, users.editor.id, users.contributor.id, users.contributor.id].map(String))
    expect(String((await payload.findByID({ collection: 'reports', id, draft: true, depth: 0 })).savedBy)).toBe(String(users.contributor.id))

    // the versions of units and organisations carry their saver too
    const organisation = await rest('POST', '/organisations', { token: tokens.editor, json: { name: `Hội Nông dân xã ${uniq()}`, kind: 'mass-organisation', level: 'commune' } })
    expect(organisation.status, JSON.stringify(organisation.body)).toBe(201)
    await rest('PATCH', `/organisations/${organisation.body.doc.id}`, { token: tokens.admin, json: { province: 'Hà Nội' } })
    const orgVersions = await payload.findVersions({ collection: 'organisations', where: { parent: { equals: organisation.body.doc.id } }, sort: 'updatedAt', depth: 0 })
    expect(orgVersions.docs.map(saver)).toEqual([users.editor.id, users.admin.id].map(String))
    // staff business: readers of the public API do not see it
    expect((await rest('GET', `/organisations/${organisation.body.doc.id}`)).body).not.toHaveProperty('savedBy')
  })

  it('locks a submitted report against its contributor, not its editor', async () => {
    const id = await reportIn('submitted', own)
    const res = await rest('PATCH', `/reports/${id}?draft=true`, { token: tokens.contributor, json: { lead: 'Sửa khi đang chờ biên tập' } })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/Chờ biên tập/)
    expect((await rest('PATCH', `/reports/${id}?draft=true`, { token: tokens.editor, json: { lead: 'Biên tập viên sửa' } })).status).toBe(200)
  })

  it('refuses state changes through GraphQL too', async () => {
    const id = await reportIn('draft', own)
    const res = await graphql(`mutation { updateReport(id: ${JSON.stringify(id)}, data: { workflowState: published }) { id workflowState } }`, tokens.admin)
    expect(res.body.errors?.[0]?.message, JSON.stringify(res.body)).toMatch(/chỉ thay đổi qua các thao tác quy trình/)
    expect((await payload.findByID({ collection: 'reports', id, draft: true })).workflowState).toBe('draft')
  })

  describe('audit trail', () => {
    it('cannot be created, changed or deleted through any API, admins included', async () => {
      const id = await reportIn('draft', own)
      await transitionReport(payload, { id, action: 'submit', user: users.contributor })
      const entry = (await payload.find({ collection: 'report-transitions', where: { report: { equals: id } } })).docs[0]
      expect((await rest('PATCH', `/report-transitions/${entry.id}`, { token: tokens.admin, json: { comment: 'sửa' } })).status).toBe(403)
      expect((await rest('DELETE', `/report-transitions/${entry.id}`, { token: tokens.admin })).status).toBe(403)
      expect((await rest('POST', '/report-transitions', { token: tokens.admin, json: { report: id, action: 'publish' } })).status).toBe(403)
      await expect(payload.update({ collection: 'report-transitions', id: entry.id, data: { comment: 'sửa' }, overrideAccess: true })).rejects.toMatchObject({ status: 403 })
      await expect(payload.delete({ collection: 'report-transitions', id: entry.id, overrideAccess: true })).rejects.toMatchObject({ status: 403 })
      const again = await payload.findByID({ collection: 'report-transitions', id: entry.id })
      expect([again.comment ?? null, again.action]).toEqual([null, 'submit'])
    })

    it("is visible to the unit's staff only", async () => {
      const id = await reportIn('draft', own)
      await transitionReport(payload, { id, action: 'submit', user: users.contributor })
      const mine = await rest('GET', `/report-transitions?where[report][equals]=${id}`, { token: tokens.contributor })
      expect(mine.body.totalDocs).toBe(1)
      const outsider = await rest('GET', `/report-transitions?where[report][equals]=${id}`, { token: await loginToken(otherEditor.email) })
      expect(outsider.body.totalDocs).toBe(0)
      expect((await rest('GET', `/report-transitions?where[report][equals]=${id}`)).status).toBe(403)
    })
  })

  describe('schedule', () => {
    const waitFor = async (check: () => Promise<boolean>, seconds: number) => {
      for (let i = 0; i < seconds * 2; i++) {
        if (await check()) return true
        await new Promise((r) => setTimeout(r, 500))
      }
      return false
    }

    it('publishes a report scheduled a few seconds ahead with no human action', async () => {
      const id = await reportIn('inApproval', own)
      await transitionReport(payload, { id, action: 'schedulePublish', user: users.approver, at: new Date(Date.now() + 2000).toISOString() })
      expect((await payload.findByID({ collection: 'reports', id, overrideAccess: false, disableErrors: true }))).toBeNull()
      const published = await waitFor(async () => Boolean(await payload.findByID({ collection: 'reports', id, overrideAccess: false, disableErrors: true })), 30)
      expect(published).toBe(true)
      const doc = await payload.findByID({ collection: 'reports', id, draft: true })
      expect([doc.workflowState, doc.scheduledAt ?? null]).toEqual(['published', null])
      // the job acts as the approver who scheduled it, so the version it saves is theirs
      expect(typeof doc.savedBy === 'object' ? doc.savedBy?.id : doc.savedBy).toBe(users.approver.id)
      const last = (await payload.find({ collection: 'report-transitions', where: { report: { equals: id } }, sort: '-createdAt', limit: 1 })).docs[0]
      expect([last.action, last.comment, typeof last.user === 'object' ? last.user?.id : last.user]).toEqual(['publish', 'Thực hiện theo lịch hẹn giờ', users.approver.id])
    })

    it('does nothing once the schedule is cancelled', async () => {
      const id = await reportIn('inApproval', own)
      await transitionReport(payload, { id, action: 'schedulePublish', user: users.approver, at: new Date(Date.now() + 1500).toISOString() })
      await transitionReport(payload, { id, action: 'cancelSchedule', user: users.approver })
      // the job stays queued until its time, then runs and (finding no matching schedule) is done
      const jobs = await payload.find({ collection: 'payload-jobs', limit: 1000, depth: 0 })
      const job = jobs.docs.find((j) => (j.input as { reportId?: string })?.reportId === String(id))
      expect(job).toBeTruthy()
      const jobDone = await waitFor(async () => {
        const current = await payload.findByID({ collection: 'payload-jobs', id: job!.id, depth: 0, disableErrors: true })
        return !current || Boolean(current.completedAt)
      }, 30)
      expect(jobDone).toBe(true)
      const doc = await payload.findByID({ collection: 'reports', id, draft: true })
      expect([doc._status, doc.workflowState, doc.scheduledAt ?? null]).toEqual(['draft', 'inApproval', null])
    })
  })

  describe('editorial comments', () => {
    it("let the unit's staff discuss a report, stamped with author and unit; others see nothing", async () => {
      const id = await reportIn('submitted', own)
      const posted = await rest('POST', '/report-comments', { token: tokens.editor, json: { report: id, text: 'Đoạn 2 cần dẫn nguồn số liệu', author: users.admin.id } })
      expect(posted.status).toBe(201)
      expect(String(posted.body.doc.author?.id ?? posted.body.doc.author)).toBe(String(users.editor.id))
      const thread = await rest('GET', `/report-comments?where[report][equals]=${id}`, { token: tokens.contributor })
      expect(thread.body.docs.map((c: { text: string }) => c.text)).toEqual(['Đoạn 2 cần dẫn nguồn số liệu'])
      const outsiderToken = await loginToken(otherEditor.email)
      expect((await rest('GET', `/report-comments?where[report][equals]=${id}`, { token: outsiderToken })).body.totalDocs).toBe(0)
      expect((await rest('POST', '/report-comments', { token: outsiderToken, json: { report: id, text: 'Góp ý từ đơn vị khác' } })).status).toBe(403)
      expect((await rest('GET', `/report-comments?where[report][equals]=${id}`)).status).toBe(403)
      // the contributor marks nothing resolved but their own; the editor resolves the thread
      const commentId = posted.body.doc.id
      expect([403, 404]).toContain((await rest('PATCH', `/report-comments/${commentId}`, { token: tokens.contributor, json: { resolved: true } })).status)
      expect((await rest('PATCH', `/report-comments/${commentId}`, { token: tokens.approver, json: { resolved: true } })).status).toBe(200)
      // and the report shows its thread (join)
      const report = await payload.findByID({ collection: 'reports', id, depth: 1 })
      expect(((report.comments as { docs?: unknown[] } | undefined)?.docs ?? []).length).toBe(1)
    })
  })

  describe('notifications', () => {
    it("mail the unit's next people, and the author when returned or published", async () => {
      const mail = capturedEmails()
      const id = await reportIn('draft', own)
      const sent = async (step: () => Promise<unknown>) => {
        const before = mail.length
        await step()
        return mail.slice(before).flatMap((m) => m.to).sort()
      }
      expect(await sent(() => transitionReport(payload, { id, action: 'submit', user: users.contributor }))).toEqual([users.editor.email])
      expect(await sent(() => transitionReport(payload, { id, action: 'return', user: users.editor, comment: 'Thiếu ảnh' }))).toEqual([users.contributor.email])
      expect(mail.at(-1)!.text).toContain('Thiếu ảnh')
      await transitionReport(payload, { id, action: 'submit', user: users.contributor })
      expect(await sent(() => transitionReport(payload, { id, action: 'forward', user: users.editor }))).toEqual([users.approver.email])
      expect(await sent(() => transitionReport(payload, { id, action: 'publish', user: users.approver }))).toEqual([users.contributor.email])
      expect(mail.at(-1)!.subject).toBe('[Dân vận CMS] Tin bài đã được xuất bản')
    })
  })
})
