import { describe, expect, it } from 'vitest'
import { loginToken, makeUser, rest, testPayload, unitNamed } from './helpers'

describe('restoring an older version', () => {
  it('brings it back as a new draft while the published version stays live', async () => {
    const payload = await testPayload()
    const unit = (await unitNamed(payload, 'Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng')).id
    const editor = await makeUser(payload, ['editor'], [unit])
    const report = await payload.create({ collection: 'reports', data: { title: 'Bản đầu', unit, _status: 'published', workflowState: 'published' } as never })
    await payload.update({ collection: 'reports', id: report.id, data: { title: 'Bản sửa' } as never, draft: true, user: editor, overrideAccess: false })
    await payload.update({ collection: 'reports', id: report.id, data: { title: 'Bản sửa lần hai' } as never, draft: true, user: editor, overrideAccess: false })
    const versions = await payload.findVersions({ collection: 'reports', where: { parent: { equals: report.id } }, sort: 'createdAt' })
    const second = versions.docs[1]
    expect(second.version.title).toBe('Bản sửa')
    const token = await loginToken(editor.email)
    const restored = await rest('POST', `/reports/versions/${second.id}?draft=true`, { token })
    expect(restored.status).toBe(200)
    const latest = await payload.findByID({ collection: 'reports', id: report.id, draft: true })
    const live = await payload.findByID({ collection: 'reports', id: report.id })
    expect([latest.title, latest.workflowState]).toEqual(['Bản sửa', 'draft'])
    expect([live.title, live._status]).toEqual(['Bản đầu', 'published'])
    // restoring straight over the live version would publish without the workflow
    expect((await rest('POST', `/reports/versions/${second.id}`, { token })).status).toBe(403)
    await expect(payload.restoreVersion({ collection: 'reports', id: second.id, user: editor, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    expect((await payload.findByID({ collection: 'reports', id: report.id })).title).toBe('Bản đầu')
  })
})
