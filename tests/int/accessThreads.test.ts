import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { transitionReport } from '../../collections/Reports/workflow/transitionReport'
import type { User } from '../../src/payload-types'
import { graphql, loginToken, makeUser, rest, testPayload, uniq, unitNamed, openUnit } from './helpers'

/**
 * Issue 13, parts 4 and 5: a report's comments, return comments and workflow history are read
 * and written exactly by those who can read the report as staff; document locks are made by
 * the server for the signed-in user on what they may edit, and nothing else.
 */
describe('comments, transitions and locks follow the report', () => {
  let payload: Payload
  let unit: number | string
  let otherUnit: number | string
  const u = {} as Record<'writer' | 'colleague' | 'editor' | 'approver' | 'outsider' | 'admin', User>
  const t = {} as Record<keyof typeof u, string>
  let draftId: number | string

  beforeAll(async () => {
    payload = await testPayload()
    unit = (await unitNamed(payload, 'Ban Dân vận Thành ủy Hà Nội')).id
    otherUnit = (await openUnit(payload)).id
    u.writer = await makeUser(payload, ['contributor'], [unit])
    u.colleague = await makeUser(payload, ['contributor'], [unit])
    u.editor = await makeUser(payload, ['editor'], [unit])
    u.approver = await makeUser(payload, ['approver'], [unit])
    u.outsider = await makeUser(payload, ['editor'], [otherUnit])
    u.admin = await makeUser(payload, ['admin'], [])
    for (const key of Object.keys(u) as (keyof typeof u)[]) t[key] = await loginToken(u[key].email)
    // the writer's draft, submitted and returned with a comment, and an editorial comment on it
    draftId = (await rest('POST', '/reports', { token: t.writer, json: { title: `Bài nháp ${uniq()}`, unit } })).body.doc.id
    await transitionReport(payload, { id: draftId, action: 'submit', user: u.writer })
    await transitionReport(payload, { id: draftId, action: 'return', user: u.editor, comment: 'Số liệu chưa khớp với báo cáo quý.' })
    expect((await rest('POST', '/report-comments', { token: t.editor, json: { report: draftId, text: 'Bổ sung ảnh hội nghị.' } })).status).toBe(201)
  })

  const readable = async (who: keyof typeof u) => {
    const comments = await rest('GET', `/report-comments?where[report][equals]=${draftId}`, { token: t[who] })
    const transitions = await rest('GET', `/report-transitions?where[report][equals]=${draftId}`, { token: t[who] })
    const report = await rest('GET', `/reports/${draftId}?draft=true`, { token: t[who] })
    return { report: report.status === 200, comments: comments.body.docs?.length ?? 0, transitions: transitions.body.docs?.length ?? 0 }
  }

  it('are read by exactly those who can read the report', async () => {
    expect(await readable('writer')).toEqual({ report: true, comments: 2, transitions: 2 })
    expect(await readable('editor')).toEqual({ report: true, comments: 2, transitions: 2 })
    expect(await readable('admin')).toEqual({ report: true, comments: 2, transitions: 2 })
    // a colleague of the same unit cannot read the writer's draft, so neither its thread nor its history
    expect(await readable('colleague')).toEqual({ report: false, comments: 0, transitions: 0 })
    expect(await readable('outsider')).toEqual({ report: false, comments: 0, transitions: 0 })
    const anonymous = await rest('GET', `/report-comments?where[report][equals]=${draftId}`)
    expect(anonymous.body.docs?.length ?? 0).toBe(0)
  })

  it("are read together for the editor's 'Quy trình' tab, as the reader may see them", async () => {
    const panel = async (who?: keyof typeof u) => rest('GET', `/reports/${draftId}/workflow-panel`, { token: who ? t[who] : undefined })
    const writer = await panel('writer')
    expect(writer.status).toBe(200)
    expect(writer.body.history.map((s: { action: string }) => s.action)).toEqual(['return', 'submit'])
    expect(writer.body.history[0]).toMatchObject({ from: 'submitted', to: 'draft', comment: 'Số liệu chưa khớp với báo cáo quý.', userName: u.editor.name })
    expect(writer.body.comments.map((c: { text: string }) => c.text)).toContain('Bổ sung ảnh hội nghị.')
    expect((await panel('editor')).body.comments.every((c: { canResolve: boolean }) => c.canResolve)).toBe(true)
    const colleague = await panel('colleague')
    expect([colleague.body.history?.length ?? 0, colleague.body.comments?.length ?? 0]).toEqual([0, 0])
    expect((await panel()).status).toBe(401)
  })

  it('name who took each step and wrote each comment, staff the reader may no longer read among them', async () => {
    // an editor who returned the draft and commented, then moved to another board: the writer
    // cannot read that account now, yet the step is still the editor's, not the system's
    const mover = await makeUser(payload, ['editor'], [unit])
    const id = (await rest('POST', '/reports', { token: t.writer, json: { title: `Bài nháp ${uniq()}`, unit } })).body.doc.id
    await transitionReport(payload, { id, action: 'submit', user: u.writer })
    await transitionReport(payload, { id, action: 'return', user: mover, comment: 'Cần ghi rõ nguồn ảnh.' })
    expect((await rest('POST', '/report-comments', { token: await loginToken(mover.email), json: { report: id, text: 'Xem lại tên đơn vị.' } })).status).toBe(201)
    await payload.update({ collection: 'users', id: mover.id, data: { units: [otherUnit] as number[] }, overrideAccess: true })
    expect((await rest('GET', `/users/${mover.id}`, { token: t.writer })).status).not.toBe(200)
    const { body } = await rest('GET', `/reports/${id}/workflow-panel`, { token: t.writer })
    expect(body.history.map((s: { userName: string | null }) => s.userName)).toEqual([mover.name, u.writer.name])
    expect(body.comments.find((c: { text: string }) => c.text === 'Xem lại tên đơn vị.')?.authorName).toBe(mover.name)
  })

  it('are read the same way through GraphQL', async () => {
    const query = `{ ReportComments(where: { report: { equals: ${JSON.stringify(draftId)} } }) { docs { text } } ReportTransitions(where: { report: { equals: ${JSON.stringify(draftId)} } }) { docs { action } } }`
    const seen = async (who: keyof typeof u) => {
      const { body } = await graphql(query, t[who])
      return [body.data?.ReportComments?.docs?.length ?? 0, body.data?.ReportTransitions?.docs?.length ?? 0]
    }
    expect(await seen('writer')).toEqual([2, 2])
    expect(await seen('colleague')).toEqual([0, 0])
    expect(await seen('outsider')).toEqual([0, 0])
  })

  it('are written only by those who can read the report', async () => {
    const colleague = await rest('POST', '/report-comments', { token: t.colleague, json: { report: draftId, text: 'Tôi góp ý bài của đồng nghiệp.' } })
    expect(colleague.status).toBe(403)
    const outsider = await rest('POST', '/report-comments', { token: t.outsider, json: { report: draftId, text: 'Góp ý từ đơn vị khác.' } })
    expect(outsider.status).toBe(403)
    const gql = await graphql(`mutation { createReportComment(data: { report: ${JSON.stringify(draftId)}, text: "Qua GraphQL" }) { id } }`, t.colleague)
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    const writer = await rest('POST', '/report-comments', { token: t.writer, json: { report: draftId, text: 'Tôi đã sửa số liệu.' } })
    expect(writer.status).toBe(201)
    expect((await payload.count({ collection: 'report-comments', where: { report: { equals: draftId } }, overrideAccess: true })).totalDocs).toBe(3)
  })

  describe('document locks', () => {
    const lockOf = (id: number | string, user: User) =>
      payload.db.create({
        collection: 'payload-locked-documents',
        data: { document: { relationTo: 'reports', value: id }, user: { relationTo: 'users', value: user.id } },
      }) as Promise<{ id: number | string }>

    it('cannot be planted through the API, in anyone’s name', async () => {
      for (const who of ['outsider', 'colleague', 'editor', 'admin'] as const) {
        const planted = await rest('POST', '/payload-locked-documents', {
          token: t[who],
          json: { document: { relationTo: 'reports', value: draftId }, user: { relationTo: 'users', value: u.admin.id } },
        })
        expect([who, planted.status]).toEqual([who, 403])
      }
      expect((await payload.count({ collection: 'payload-locked-documents', overrideAccess: true })).totalDocs).toBe(0)
    })

    it('are released by their holder or an admin, taken over only by someone who may edit the document, always in their own name', async () => {
      const lock = await lockOf(draftId, u.editor)
      // someone else's lock: not theirs to delete
      expect((await rest('DELETE', `/payload-locked-documents/${lock.id}`, { token: t.outsider })).status).not.toBe(200)
      expect((await rest('DELETE', `/payload-locked-documents/${lock.id}`, { token: t.colleague })).status).not.toBe(200)
      // taking over a document one may not edit is refused
      const theft = await rest('PATCH', `/payload-locked-documents/${lock.id}`, { token: t.outsider, json: { user: { relationTo: 'users', value: u.outsider.id } } })
      expect(theft.status).not.toBe(200)
      // the approver of the unit may take over, but only in their own name
      const takeover = await rest('PATCH', `/payload-locked-documents/${lock.id}`, { token: t.approver, json: { user: { relationTo: 'users', value: u.admin.id } } })
      expect(takeover.status).toBe(200)
      const held = await payload.findByID({ collection: 'payload-locked-documents', id: lock.id, depth: 0, overrideAccess: true })
      expect(String((held.user as { value: unknown }).value)).toBe(String(u.approver.id))
      expect((await rest('DELETE', `/payload-locked-documents/${lock.id}`, { token: t.approver })).status).toBe(200)
      const another = await lockOf(draftId, u.writer)
      expect((await rest('DELETE', `/payload-locked-documents/${another.id}`, { token: t.admin })).status).toBe(200)
    })

    it('are not listed to readers or to staff of other units', async () => {
      await lockOf(draftId, u.editor)
      expect((await rest('GET', '/payload-locked-documents')).body.docs?.length ?? 0).toBe(0)
      expect((await rest('GET', '/payload-locked-documents', { token: t.outsider })).body.docs?.length ?? 0).toBe(0)
      expect((await rest('GET', '/payload-locked-documents', { token: t.writer })).body.docs?.length ?? 0).toBe(1)
    })
  })
})
