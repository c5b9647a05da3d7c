import { beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { loginToken, makeUser, rest, testPayload, uniq, unitNamed, openUnit } from './helpers'

/** Bad input: a 400 naming each wrong field, in the request's language, and nothing stored. */
describe('bad input', () => {
  let payload: Payload
  let token: string
  let unitA: number | string
  let unitB: number | string

  const reportCount = async () => (await payload.count({ collection: 'reports' })).totalDocs
  const fieldErrors = (body: any): Record<string, string> =>
    Object.fromEntries((body.errors?.[0]?.data?.errors ?? []).map((e: { path: string; message: string }) => [e.path, e.message]))

  beforeAll(async () => {
    payload = await testPayload()
    token = await loginToken(process.env.ADMIN_EMAIL!, process.env.ADMIN_PASSWORD!)
    unitA = (await unitNamed(payload, 'Ban Dân vận Thành ủy Hà Nội')).id
    unitB = (await openUnit(payload)).id
  })

  it('refuses missing required fields, naming each in Vietnamese', async () => {
    const before = await reportCount()
    const res = await rest('POST', '/reports', { token, json: { lead: 'Chỉ có sapo' } })
    expect(res.status).toBe(400)
    const errors = fieldErrors(res.body)
    // the slug is derived from the title, so it is missing too
    expect(Object.keys(errors).sort()).toEqual(['slug', 'title', 'unit'])
    expect(errors.title).toBe('Trường này là bắt buộc.')
    expect(await reportCount()).toBe(before)
  })

  it('puts a new report in an ended board only for a date within its period, naming the board that succeeds it', async () => {
    const haiDuong = await unitNamed(payload, 'Ban Dân vận Tỉnh ủy Hải Dương')
    // offered as ended wherever units are picked
    expect((await rest('GET', `/units/${haiDuong.id}`)).body.displayName).toBe('Ban Dân vận Tỉnh ủy Hải Dương (đến 28/02/2025)')
    const contributor = await makeUser(payload, ['contributor'], [haiDuong.id])
    const writer = await loginToken(contributor.email)
    const before = await reportCount()
    const today = await rest('POST', '/reports', { token: writer, json: { title: `Tin mới ${uniq()}`, unit: haiDuong.id } })
    expect(today.status).toBe(400)
    expect(fieldErrors(today.body).unit).toBe(
      'Đơn vị "Ban Dân vận Tỉnh ủy Hải Dương" đã kết thúc ngày 28/02/2025; đơn vị kế thừa là "Ban Tuyên giáo và Dân vận Tỉnh ủy Hải Dương". Hãy chọn đơn vị hiện nay, hoặc ghi ngày đăng trong thời gian đơn vị còn hoạt động.',
    )
    expect(await reportCount()).toBe(before)
    // an event of its time is written up in it
    const older = await rest('POST', '/reports', { token: writer, json: { title: `Tin năm 2024 ${uniq()}`, unit: haiDuong.id, publishedAt: '2024-07-24T02:00:00.000Z' } })
    expect(older.status).toBe(201)
    // editing it later is fine; moving its date past the board's end is not
    expect((await rest('PATCH', `/reports/${older.body.doc.id}?draft=true`, { token: writer, json: { lead: 'Sapo bổ sung.' } })).status).toBe(200)
    const moved = await rest('PATCH', `/reports/${older.body.doc.id}?draft=true`, { token: writer, json: { publishedAt: '2025-08-01T02:00:00.000Z' } })
    expect(moved.status).toBe(400)
    expect(fieldErrors(moved.body).unit).toMatch(/^Đơn vị "Ban Dân vận Tỉnh ủy Hải Dương" đã kết thúc ngày 28\/02\/2025/)
    // a board that did not exist yet
    const merged = await unitNamed(payload, 'Ban Tuyên giáo và Dân vận Trung ương')
    const early = await rest('POST', '/reports', { token, language: 'en', json: { title: `Old news ${uniq()}`, unit: merged.id, publishedAt: '2024-06-21T02:00:00.000Z' } })
    expect(fieldErrors(early.body).unit).toBe('The unit "Ban Tuyên giáo và Dân vận Trung ương" exists only from 03/02/2025. Choose the unit of that time.')
  })

  it('answers in English when the client asks for it', async () => {
    const res = await rest('POST', '/reports', { token, json: { lead: 'x' }, language: 'en' })
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body).title).toBe('This field is required.')
  })

  it('refuses a duplicate slug within a unit, but not across units', async () => {
    const title = `Hội nghị sơ kết công tác dân vận ${uniq()}`
    const first = await rest('POST', '/reports', { token, json: { title, unit: unitA } })
    expect(first.status).toBe(201)
    expect(first.body.doc.slug).toMatch(/^hoi-nghi-so-ket-cong-tac-dan-van-/)
    const before = await reportCount()
    const clash = await rest('POST', '/reports', { token, json: { title, unit: unitA } })
    expect(clash.status).toBe(400)
    expect(fieldErrors(clash.body).slug).toBe(`Đường dẫn "${first.body.doc.slug}" đã được dùng cho một tin bài khác của đơn vị này.`)
    expect(await reportCount()).toBe(before)
    const otherUnit = await rest('POST', '/reports', { token, json: { title, unit: unitB } })
    expect(otherUnit.status).toBe(201)
    expect(otherUnit.body.doc.slug).toBe(first.body.doc.slug)
  })

  it('refuses renaming a slug onto another report of the unit', async () => {
    const a = await payload.create({ collection: 'reports', data: { title: `Bài A ${uniq()}`, unit: unitA as number } as never })
    const b = await payload.create({ collection: 'reports', data: { title: `Bài B ${uniq()}`, unit: unitA as number } as never })
    const res = await rest('PATCH', `/reports/${b.id}`, { token, json: { slug: a.slug } })
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body)).toHaveProperty('slug')
    expect((await payload.findByID({ collection: 'reports', id: b.id })).slug).toBe(b.slug)
  })

  it('refuses an invalid date', async () => {
    const before = await reportCount()
    const res = await rest('POST', '/reports', { token, json: { title: `Ngày sai ${uniq()}`, unit: unitA, publishedAt: '31/02/2024 25:61' } })
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body)).toHaveProperty('publishedAt')
    expect(await reportCount()).toBe(before)
  })

  it('refuses an unknown unit', async () => {
    const before = await reportCount()
    const missing = payload.db.defaultIDType === 'number' ? 999999 : '64b7f0000000000000000000'
    const res = await rest('POST', '/reports', { token, json: { title: `Đơn vị lạ ${uniq()}`, unit: missing } })
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body)).toHaveProperty('unit')
    expect(await reportCount()).toBe(before)
  })

  it('refuses a second record of the same legal document, however it is spelled', async () => {
    const first = await rest('POST', '/legal-documents', { token, json: { type: 'decree', number: '04/2015/NĐ-CP', issuingBody: 'Chính phủ' } })
    expect(first.status).toBe(201)
    const res = await rest('POST', '/legal-documents', { token, json: { type: 'decree', number: 'số 4/2015/nđ-cp' } })
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body).number).toBe('Văn bản số "số 4/2015/nđ-cp" đã có trong hệ thống.')
    expect((await payload.count({ collection: 'legal-documents' })).totalDocs).toBe(1)
  })

  it('refuses a unit period that ends before it starts', async () => {
    const res = await rest('POST', '/units', { token, json: { name: `Ban Dân vận ${uniq()}`, level: 'district', validFrom: '2020-01-01', validTo: '2019-12-31' } })
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body).validTo).toBe('Ngày hết hiệu lực phải sau ngày bắt đầu.')
  })
})
