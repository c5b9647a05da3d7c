import { beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { loginToken, rest, testPayload, uniq, unitNamed } from './helpers'

const nfd = (s: string) => s.normalize('NFD')
const isNFC = (s: string) => s === s.normalize('NFC')

/** Whatever arrives, NFC is stored: every text, textarea, array row and rich-text string. */
describe('NFC on every write', () => {
  let payload: Payload
  let unit: number | string

  beforeAll(async () => {
    payload = await testPayload()
    unit = (await unitNamed(payload, 'Ban Dân vận Thành ủy Hà Nội')).id
  })

  const lexical = (text: string) => ({
    root: {
      type: 'root', format: '', indent: 0, version: 1, direction: 'ltr',
      children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }],
    },
  })

  it('composes NFD input to a report through the Local API', async () => {
    const title = `Tăng cường đồng thuận xã hội ${uniq()}`
    expect(isNFC(nfd(title))).toBe(false)
    const report = await payload.create({
      collection: 'reports',
      data: {
        title: nfd(title),
        lead: nfd('Củng cố niềm tin của Nhân dân'),
        byline: nfd('Nguyễn Thị Quyên (Ban Dân vận Tỉnh ủy)'),
        unit: unit as number,
        body: lexical(nfd('Đồng chí Phạm Tất Thắng phát biểu')) as never,
        gallery: [{ caption: nfd('Các đại biểu tham dự tại điểm cầu Hà Nội') }],
      } as never,
    })
    const stored = await payload.findByID({ collection: 'reports', id: report.id, depth: 0 })
    expect(stored.title).toBe(title)
    expect(stored.lead).toBe('Củng cố niềm tin của Nhân dân')
    expect(stored.byline).toBe('Nguyễn Thị Quyên (Ban Dân vận Tỉnh ủy)')
    expect(stored.gallery?.[0]?.caption).toBe('Các đại biểu tham dự tại điểm cầu Hà Nội')
    const text = (stored.body as any).root.children[0].children[0].text
    expect(text).toBe('Đồng chí Phạm Tất Thắng phát biểu')
    expect(stored.slug).toMatch(/^tang-cuong-dong-thuan-xa-hoi-/)
  })

  it('composes NFD input arriving through REST, on updates too', async () => {
    const token = await loginToken(process.env.ADMIN_EMAIL!, process.env.ADMIN_PASSWORD!)
    const created = await rest('POST', '/officials', { token, json: { fullName: nfd('Trần Đức Thắng'), positions: [{ title: nfd('Bí thư Tỉnh ủy Hải Dương') }] } })
    expect(created.status).toBe(201)
    const stored = await payload.findByID({ collection: 'officials', id: created.body.doc.id })
    expect(stored.fullName).toBe('Trần Đức Thắng')
    expect(stored.positions?.[0]?.title).toBe('Bí thư Tỉnh ủy Hải Dương')
    const updated = await rest('PATCH', `/officials/${stored.id}`, { token, json: { notes: nfd('Ủy viên Trung ương Đảng') } })
    expect(updated.status).toBe(200)
    expect((await payload.findByID({ collection: 'officials', id: stored.id })).notes).toBe('Ủy viên Trung ương Đảng')
  })

  it('composes every other collection too', async () => {
    const campaign = await payload.create({ collection: 'campaigns', data: { name: nfd(`Dân vận khéo ${uniq()}`), slug: '', kind: 'emulation', description: nfd('Phong trào thi đua') } as never })
    expect(isNFC(campaign.name) && isNFC(campaign.description!)).toBe(true)
    expect(campaign.slug).toMatch(/^dan-van-kheo-/)
    const doc = await payload.create({ collection: 'legal-documents', data: { type: 'directive', number: nfd('26/CT-TTg'), summary: nfd('Về việc thực hiện quy chế dân chủ') } })
    expect(isNFC(doc.summary!)).toBe(true)
    const model = await payload.create({ collection: 'models', data: { name: nfd('Vùng xanh an toàn'), field: 'defence-security', unit: unit as number, locality: nfd('Phường Đồng Quang') } as never })
    expect(model.locality).toBe('Phường Đồng Quang')
    expect(model.slug).toBe('vung-xanh-an-toan')
  })
})
