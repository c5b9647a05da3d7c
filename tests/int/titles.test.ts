import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Official } from '../../src/payload-types'
import { rederivePositions } from '../../src/import/rederivePositions'
import { SEED_PAGES } from '../fixtures/seedPages'
import { loginToken, makeUser, rest, samplePhoto, testPayload, unitNamed } from './helpers'

// the seed pages' officials are the ones a board's writers name again
process.env.SEED_REPORTS = 'true'

const officialNamed = async (payload: Payload, fullName: string): Promise<Official> => {
  const { docs } = await payload.find({ collection: 'officials', where: { fullName: { equals: fullName } }, depth: 0, limit: 2 })
  expect(docs, fullName).toHaveLength(1)
  return docs[0]
}

describe('officials’ titles over time, confirmed by the writers who name them', () => {
  let payload: Payload
  let haiDuong: number | string
  let category: number | string
  let photo: number | string

  beforeAll(async () => {
    payload = await testPayload()
    haiDuong = (await unitNamed(payload, 'Ban Dân vận Tỉnh ủy Hải Dương')).id
    category = (await payload.find({ collection: 'categories', limit: 1 })).docs[0].id
    const data = await samplePhoto()
    photo = (await payload.create({ collection: 'media', data: { alt: 'Quang cảnh hội nghị', caption: 'Quang cảnh hội nghị', unit: haiDuong } as never, file: { data, mimetype: 'image/jpeg', name: 'hoi-nghi.jpg', size: data.length } })).id
  })

  it('reads Phạm Tất Thắng across the 2025 merger of the central boards', async () => {
    const thang = await officialNamed(payload, 'Phạm Tất Thắng')
    // each report in the central board of its day: the merged board exists from 03/02/2025
    const [before, after] = await Promise.all(['Ban Dân vận Trung ương', 'Ban Tuyên giáo và Dân vận Trung ương'].map(async (name) => (await unitNamed(payload, name)).id))
    const read = async (publishedAt: string) => {
      const unit = publishedAt < '2025-02-03' ? before : after
      const report = await payload.create({ collection: 'reports', data: { title: `Tin ngày ${publishedAt}`, unit, publishedAt, officials: [thang.id] } as never })
      return (await payload.findByID({ collection: 'reports', id: report.id, draft: true })).officialsTitled
    }
    expect(await read('2024-06-21T02:00:00.000Z')).toEqual(['Đồng chí Phạm Tất Thắng, Ủy viên Trung ương Đảng, Phó Trưởng ban Thường trực Ban Dân vận Trung ương'])
    expect(await read('2025-03-01T02:00:00.000Z')).toEqual(['Đồng chí Phạm Tất Thắng, Phó Trưởng ban Tuyên giáo và Dân vận Trung ương'])
    // the known post is confirmed, with its source; the page's attestations stay attestations
    const positions = (await officialNamed(payload, 'Phạm Tất Thắng')).positions!
    expect(positions.map((p) => [p.title, p.confirmed])).toEqual([
      ['Ủy viên Trung ương Đảng', false],
      ['Phó Trưởng ban Thường trực Ban Dân vận Trung ương', false],
      ['Phó Trưởng ban Tuyên giáo và Dân vận Trung ương', true],
    ])
    expect(positions[2].source).toMatch(/03\/02\/2025/)
  })

  it('keeps imported posts as unconfirmed attestations in the organisations the titles name, and lists them for review', async () => {
    const phu = await officialNamed(payload, 'Nguyễn Văn Phú')
    expect(phu.titlesUnconfirmed).toBe(true)
    const organisations = await Promise.all(phu.positions!.map(async (p) => (await payload.findByID({ collection: 'organisations', id: p.organisation as number })).name))
    expect(organisations).toEqual(['Ban Thường vụ Tỉnh ủy Hải Dương', 'Ban Dân vận Tỉnh ủy Hải Dương'])
    expect(phu.positions!.map((p) => [p.confirmed, p.start, p.end])).toEqual([
      [false, '2023-12-28T08:07:27.000Z', '2023-12-28T08:07:27.000Z'],
      [false, '2023-12-28T08:07:27.000Z', '2023-12-28T08:07:27.000Z'],
    ])
    // the officials list shows confirmed titles only, and filters on "chưa xác nhận"
    const listed = await rest('GET', '/officials?where[titlesUnconfirmed][equals]=true&limit=100&depth=0')
    expect(listed.body.docs.map((d: Official) => d.fullName)).toContain('Nguyễn Văn Phú')
    expect(listed.body.docs.find((d: Official) => d.fullName === 'Nguyễn Văn Phú').currentTitles).toBe('')
  })

  it('asks the writer of a new report to confirm, confirms in one step, and publishing waits for it', async () => {
    const contributor = await makeUser(payload, ['contributor'], [haiDuong])
    const approver = await makeUser(payload, ['approver'], [haiDuong])
    const [contributorToken, approverToken] = await Promise.all([loginToken(contributor.email), loginToken(approver.email)])
    const phu = await officialNamed(payload, 'Nguyễn Văn Phú')
    const publishedAt = '2024-03-01T02:00:00.000Z'
    const created = await rest('POST', '/reports', {
      token: contributorToken,
      json: { title: 'Hội nghị công tác dân vận quý I năm 2024', lead: 'Sáng 01/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị.', unit: haiDuong, category, featuredImage: photo, publishedAt, officials: [phu.id] },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    // not held on that date as far as anyone confirmed: no title, and the checklist says so
    expect(created.body.doc.officialsTitled).toEqual(['Đồng chí Nguyễn Văn Phú'])
    const status = await rest('GET', `/officials/title-status?ids=${phu.id}&date=${publishedAt}`, { token: contributorToken })
    expect(status.status).toBe(200)
    expect(status.body.officials).toEqual([
      { id: String(phu.id), fullName: 'Nguyễn Văn Phú', state: 'none', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy Hải Dương', 'Trưởng Ban Dân vận Tỉnh ủy Hải Dương'] },
    ])
    for (const action of ['submit']) expect((await rest('POST', `/reports/${id}/workflow`, { token: contributorToken, json: { action } })).status).toBe(200)
    expect((await rest('POST', `/reports/${id}/workflow`, { token: approverToken, json: { action: 'forward' } })).status).toBe(200)
    const refused = await rest('POST', `/reports/${id}/workflow`, { token: approverToken, json: { action: 'publish' } })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toBe('Chưa thể xuất bản, còn thiếu: Xác nhận chức danh: Nguyễn Văn Phú.')

    // one click by the writer: the titles last seen are still held on the report's date
    const confirmed = await rest('POST', `/officials/${phu.id}/confirm-titles`, { token: contributorToken, json: { date: publishedAt } })
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.confirmed).toEqual(['Ủy viên Ban Thường vụ Tỉnh ủy Hải Dương', 'Trưởng Ban Dân vận Tỉnh ủy Hải Dương'])
    const report = await payload.findByID({ collection: 'reports', id, draft: true })
    expect(report.officialsTitled).toEqual(['Đồng chí Nguyễn Văn Phú, Ủy viên Ban Thường vụ Tỉnh ủy Hải Dương, Trưởng Ban Dân vận Tỉnh ủy Hải Dương'])
    expect((await officialNamed(payload, 'Nguyễn Văn Phú')).titlesUnconfirmed).toBe(false)
    expect((await rest('POST', `/reports/${id}/workflow`, { token: approverToken, json: { action: 'publish' } })).status).toBe(200)

    // the seed report of 28/12/2023 reads as it did
    const seed = SEED_PAGES.find((p) => p.file.startsWith('000'))!
    const old = (await payload.find({ collection: 'reports', where: { title: { equals: seed.title } }, depth: 0 })).docs[0]
    expect(old.officialsTitled).toEqual(seed.titled)
  })

  it('will not confirm a post whose organisation had ended, and says what to do', async () => {
    const contributor = await makeUser(payload, ['contributor'], [haiDuong])
    const token = await loginToken(contributor.email)
    const son = await officialNamed(payload, 'Phạm Hoàng Sơn')
    // Tỉnh ủy and HĐND tỉnh Thái Nguyên of before the merger ended on 30/06/2025
    const res = await rest('POST', `/officials/${son.id}/confirm-titles`, { token, json: { date: '2026-12-01T02:00:00.000Z' } })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe(
      'Cơ quan của chức danh "Phó Bí thư Thường trực Tỉnh ủy Thái Nguyên", "Chủ tịch HĐND tỉnh Thái Nguyên" không còn tồn tại vào ngày này: hãy dùng "Thay đổi chức danh".',
    )
    expect((await officialNamed(payload, 'Phạm Hoàng Sơn')).positions).toEqual(son.positions)
  })

  it('lets only signed-in staff ask or confirm, and refuses a bad date', async () => {
    const phu = await officialNamed(payload, 'Nguyễn Văn Phú')
    expect((await rest('POST', `/officials/${phu.id}/confirm-titles`, { json: { date: '2024-03-01' } })).status).toBe(403)
    expect((await rest('GET', `/officials/title-status?ids=${phu.id}&date=2024-03-01`)).status).toBe(403)
    const contributor = await makeUser(payload, ['contributor'], [haiDuong])
    const token = await loginToken(contributor.email)
    const bad = await rest('POST', `/officials/${phu.id}/confirm-titles`, { token, json: { date: 'hôm qua' } })
    expect([bad.status, bad.body.errors[0].message]).toEqual([400, 'Ngày không hợp lệ.'])
    // the narrow confirmation is all a contributor may do to an official
    expect((await rest('PATCH', `/officials/${phu.id}`, { token, json: { fullName: 'Người khác' } })).status).toBe(403)
  })

  it('brings a database from before organisations right by re-deriving posts from the reports', async () => {
    const long = await officialNamed(payload, 'Nguyễn Hoàng Long')
    const derived = long.positions!.map(({ id: _id, ...p }) => p)
    // as the old importer left it: a board's name glued on, one day, no organisation; and a post entered by hand
    await payload.db.updateOne({
      collection: 'officials',
      id: long.id,
      data: {
        positions: [
          { id: 'old-1', title: 'Phó Bí thư Thường trực Thành ủy', start: '2024-07-24T09:42:07.000Z', end: '2024-07-24T09:42:07.000Z', confirmed: null, organisation: null },
          { id: 'old-2', title: 'Bí thư Đảng ủy phường Vũ Ninh', start: '2015-01-01T00:00:00.000Z', end: '2019-12-31T00:00:00.000Z', confirmed: null, organisation: null },
        ],
      },
      returning: false,
    })
    const seed = SEED_PAGES.find((p) => p.file.startsWith('004'))!
    const report = (await payload.find({ collection: 'reports', where: { title: { equals: seed.title } }, depth: 0 })).docs[0]
    expect(report.officialsTitled).not.toEqual(seed.titled)

    const summary = await rederivePositions(payload)
    expect(summary.officials).toBeGreaterThanOrEqual(15)
    const after = (await officialNamed(payload, 'Nguyễn Hoàng Long')).positions!.map(({ id: _id, ...p }) => p)
    expect(after).toEqual([{ title: 'Bí thư Đảng ủy phường Vũ Ninh', start: '2015-01-01T00:00:00.000Z', end: '2019-12-31T00:00:00.000Z', confirmed: true, organisation: null, protocolRank: null, source: null }, ...derived])
    expect((await payload.findByID({ collection: 'reports', id: report.id, depth: 0 })).officialsTitled).toEqual(seed.titled)
    // again: nothing changes
    await rederivePositions(payload)
    expect((await officialNamed(payload, 'Nguyễn Hoàng Long')).positions!.map(({ id: _id, ...p }) => p)).toEqual(after)
  })
})
