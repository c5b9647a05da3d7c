import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { graphql, loginToken, makeUser, rest, testPayload, uniq, unitNamed } from './helpers'

const paragraph = (text: string, link?: string) => ({
  root: {
    type: 'root', version: 1, direction: 'ltr', format: '', indent: 0,
    children: [{
      type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0,
      children: link
        ? [{ type: 'link', version: 3, fields: { url: link, linkType: 'custom', newTab: false }, direction: 'ltr', format: '', indent: 0, children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] }]
        : [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
    }],
  },
})

/** Issue 13, part 11: bad text is refused with the field named, and nothing is stored. */
describe('bad text', () => {
  let payload: Payload
  let unit: number | string
  let token: string

  beforeAll(async () => {
    payload = await testPayload()
    unit = (await unitNamed(payload, 'Ban Dân vận Thành ủy Hà Nội')).id
    token = await loginToken((await makeUser(payload, ['editor'], [unit])).email)
  })

  const attempts: [string, Record<string, unknown>, string, RegExp][] = [
    ['NUL in the lead', { lead: 'Sáng 24/7\u0000, hội nghị' }, 'lead', /ký tự điều khiển/],
    ['an escape in a gallery caption', { gallery: [{ caption: 'Quang cảnh\u001b[31m' }] }, 'gallery.0.caption', /ký tự điều khiển/],
    ['a right-to-left override in the title', { title: 'Tin bài \u202Egnp.exe' }, 'title', /ký tự ẩn/],
    ['a zero-width space in the slug', { slug: 'hoi-nghi\u200B-so-ket' }, 'slug', /ký tự ẩn/],
    ['a title of 301 characters', { title: 'Hội nghị '.repeat(40).slice(0, 301) }, 'title', /Dài quá 300 ký tự/],
    ['a javascript: link in the body', { body: paragraph('bấm vào đây', 'javascript:alert(document.cookie)') }, 'body', /Liên kết chỉ được/],
    ['a data: link in the body', { body: paragraph('tải về', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==') }, 'body', /Liên kết chỉ được/],
    ['a control character in body text', { body: paragraph('đoạn văn\u0008 lỗi') }, 'body', /ký tự điều khiển/],
  ]

  it.each(attempts)('refuses %s, naming the field, and stores nothing', async (_name, data, path, message) => {
    const title = (data.title as string | undefined) ?? `Bài thử ${uniq()}`
    const before = (await payload.count({ collection: 'reports', overrideAccess: true })).totalDocs
    const res = await rest('POST', '/reports', { token, json: { title, unit, ...data } })
    expect(res.status).toBe(400)
    const fieldErrors = res.body.errors[0].data.errors as { path: string; message: string }[]
    expect(fieldErrors.map((e) => e.path)).toContain(path)
    expect(fieldErrors.find((e) => e.path === path)!.message).toMatch(message)
    expect((await payload.count({ collection: 'reports', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('keeps ordinary text, line breaks in body text, and web, e-mail, telephone and site links', async () => {
    const res = await rest('POST', '/reports', {
      token,
      json: { title: `Hội nghị giao ban công tác dân vận ${uniq()}`, unit, lead: 'Dòng một\nDòng hai', body: paragraph('Liên hệ', 'mailto:bandanvan@hanoi.gov.vn') },
    })
    expect(res.status).toBe(201)
    for (const url of ['https://dangcongsan.vn', 'tel:+842438256282', '/don-vi/ha-noi']) {
      expect((await rest('PATCH', `/reports/${res.body.doc.id}?draft=true`, { token, json: { body: paragraph('xem', url) } })).status).toBe(200)
    }
  })

  it('refuses the same through GraphQL and in other collections (an official’s name)', async () => {
    const gql = await graphql(`mutation { createReport(data: { title: "Tin\\u202Ebài", unit: ${JSON.stringify(unit)} }) { id } }`, token)
    expect(gql.body.errors?.[0]?.message).toMatch(/Tiêu đề|title|không hợp lệ/i)
    const official = await rest('POST', '/officials', { token, json: { fullName: 'Nguyễn\u200BVăn A' } })
    expect(official.status).toBe(400)
    expect(official.body.errors[0].data.errors[0].path).toBe('fullName')
  })
})
