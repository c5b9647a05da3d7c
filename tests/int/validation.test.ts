import { beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { loginToken, rest, testPayload, uniq, unitNamed } from './helpers'

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
    unitA = (await unitNamed(payload, 'Ban Dân vận Tỉnh ủy Hải Dương')).id
    unitB = (await unitNamed(payload, 'Ban Dân vận Tỉnh ủy Cà Mau')).id
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
