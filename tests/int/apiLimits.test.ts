/**
 * Issue 13, parts 1 and 12: what one API request may read (capped per reader, bad numbers
 * refused with 400), the login limit, and the probes that used to end in a 500. Through
 * Payload's own REST and GraphQL handlers, as the server runs them.
 */
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Campaign, Report, Unit } from '../../src/payload-types'
import { ANONYMOUS_CAPS, STAFF_CAPS } from '../../src/lib/api/readLimits'
import { graphql, loginToken, makeUser, PASSWORD, rest, testPayload, unitNamed } from './helpers'

const REPORTS = ANONYMOUS_CAPS.limit + 20
const CITING = ANONYMOUS_CAPS.joinLimit + 2

let payload: Payload
let unit: Unit
let campaign: Campaign
let staff: string
let staffEmail: string

beforeAll(async () => {
  payload = await testPayload()
  unit = await unitNamed(payload, 'Ban Dân vận Thành ủy Hà Nội')
  const category = (await payload.find({ collection: 'categories', limit: 1, depth: 0 })).docs[0]
  campaign = await payload.create({ collection: 'campaigns', data: { name: 'Phong trào thi đua "Dân vận khéo" (giới hạn API)', slug: 'gioi-han-api', kind: 'emulation' } })
  const officials = [
    await payload.create({ collection: 'officials', data: { fullName: 'Nguyễn Văn Giới' } }),
    await payload.create({ collection: 'officials', data: { fullName: 'Trần Thị Hạn' } }),
  ]
  for (let i = 0; i < REPORTS; i++) {
    await payload.create({
      collection: 'reports',
      data: {
        title: `Hội nghị sơ kết công tác dân vận số ${i}`,
        slug: `hoi-nghi-so-ket-${i}`,
        lead: 'Sapo',
        unit: unit.id,
        category: category.id,
        publishedAt: new Date(Date.UTC(2024, 0, 1 + i)).toISOString(),
        campaigns: i < CITING ? [campaign.id] : [],
        officials: i % 2 === 0 ? officials.map((o) => o.id) : [],
        _status: 'published',
        workflowState: 'published',
      },
    })
  }
  const admin = await makeUser(payload, ['admin'], [unit.id])
  staffEmail = admin.email
  staff = await loginToken(staffEmail)
}, 300_000)

afterEach(() => {
  vi.restoreAllMocks()
  delete process.env.RATE_LIMIT_LOGIN_PER_MIN
})

describe('REST lists are capped per reader', () => {
  it('anonymous readers get at most 100 documents, however they ask', async () => {
    for (const query of ['limit=100000', 'limit=0', 'pagination=false', 'limit=100000&pagination=false', 'limit=0&pagination=false']) {
      const { status, body } = await rest('GET', `/reports?${query}&depth=0`)
      expect(status, query).toBe(200)
      expect(body.docs, query).toHaveLength(ANONYMOUS_CAPS.limit)
      expect(body.limit, query).toBe(ANONYMOUS_CAPS.limit)
    }
    // within the cap, what was asked
    expect((await rest('GET', '/reports?limit=7&depth=0')).body.docs).toHaveLength(7)
  })

  it('staff get up to 1,000 (all 120 here)', async () => {
    const { status, body } = await rest('GET', '/reports?limit=100000&depth=0', { token: staff })
    expect(status).toBe(200)
    expect(body.limit).toBe(STAFF_CAPS.limit)
    expect(body.docs).toHaveLength(REPORTS)
    expect((await rest('GET', '/reports?pagination=false&depth=0', { token: staff })).body.docs).toHaveLength(REPORTS)
  })

  it('anonymous reads follow relations one level deep, whatever depth is asked', async () => {
    for (const query of ['depth=10', '', 'depth=1']) {
      const { body } = await rest('GET', `/reports?limit=1&${query}`)
      const first: Report = body.docs[0]
      expect(typeof first.unit, query).toBe('object')
      // the unit's own organisation stays an id at depth 1
      expect(['number', 'string'], query).toContain(typeof (first.unit as Unit).organisation)
    }
    const first = (await rest('GET', '/reports?limit=1&depth=0')).body.docs[0] as Report
    const one = (await rest('GET', `/reports/${first.id}?depth=10`)).body as Report
    expect(typeof one.unit).toBe('object')
    expect(['number', 'string']).toContain(typeof (one.unit as Unit).organisation)
    // staff get what they ask for
    const deep = await rest('GET', '/reports?limit=1&depth=2', { token: staff })
    expect(typeof ((deep.body.docs[0] as Report).unit as Unit).organisation).toBe('object')
  })

  it("caps a join's documents for anonymous readers", async () => {
    const anonymous = await rest('GET', `/campaigns/${campaign.id}?depth=1&joins[reports][limit]=0`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.reports.docs).toHaveLength(ANONYMOUS_CAPS.joinLimit)
    expect(anonymous.body.reports.hasNextPage).toBe(true)
    const asStaff = await rest('GET', `/campaigns/${campaign.id}?depth=1`, { token: staff })
    expect(asStaff.body.reports.docs).toHaveLength(CITING)
  })
})

describe('the heaviest allowed list costs a bounded number of queries', () => {
  it('titles the officials of 100 reports with one read of officials and one of organisations, not one per report', async () => {
    const reads = vi.spyOn(payload.db, 'find')
    const { status, body } = await rest('GET', '/reports?limit=100&depth=0')
    expect(status).toBe(200)
    expect(body.docs.filter((r: Report) => r.officialsTitled?.length)).toHaveLength(50)
    const readsOf = (collection: string) => reads.mock.calls.filter(([args]) => args.collection === collection).length
    expect(readsOf('officials')).toBe(1)
    expect(readsOf('organisations')).toBe(1)
  })
})

describe('bad numbers answer 400 with a precise message', () => {
  const cases: [string, RegExp][] = [
    ['limit=99999999999999999999', /Tham số "limit" quá lớn \(100000000000000000000\); lớn nhất là 2147483647/],
    ['limit=abc', /Tham số "limit" phải là một số nguyên, không phải "abc"/],
    ['limit=-1', /Tham số "limit" không được là số âm \(-1\)/],
    ['limit=1.5', /Tham số "limit" phải là số nguyên, không phải 1.5/],
    ['depth=abc', /Tham số "depth" phải là một số nguyên/],
    ['depth=-1', /"depth" không được là số âm/],
    ['page=abc', /"page" phải là một số nguyên/],
    ['page=99999999999999999999', /"page" quá lớn/],
  ]
  it.each(cases)('GET /reports?%s', async (query, message) => {
    for (const token of [undefined, staff]) {
      const { status, body } = await rest('GET', `/reports?${query}`, { token })
      expect(status).toBe(400)
      expect(body.errors[0].message).toMatch(message)
    }
  })

  it('in English when the request asks for English', async () => {
    const { status, body } = await rest('GET', '/reports?limit=abc', { language: 'en' })
    expect(status).toBe(400)
    expect(body.errors[0].message).toBe('The "limit" parameter must be a whole number, not "abc".')
  })

  it('on a single document and on Payload’s own collections too', async () => {
    expect((await rest('GET', `/units/${unit.id}?depth=-2`)).status).toBe(400)
    expect((await rest('GET', '/payload-preferences?limit=1.5', { token: staff })).status).toBe(400)
    expect((await rest('GET', '/payload-locked-documents?limit=99999999999999999999', { token: staff })).status).toBe(400)
  })
})

describe('JSON that does not read', () => {
  it('JSON that does not read: 400 naming the parameter, not a 500', async () => {
    const where = await rest('GET', '/units?where=notjson')
    expect(where.status).toBe(400)
    expect(where.body.errors[0].message).toBe('Tham số "where" phải là JSON hợp lệ, không phải "notjson" (hoặc viết dạng where[title][equals]=…).')
    const english = await rest('GET', `/reports/count?where=${encodeURIComponent('{"title":')}`, { language: 'en', token: staff })
    expect([english.status, english.body.errors[0].message]).toEqual([400, 'The "where" parameter must be valid JSON, not "{"title":" (or write it as where[title][equals]=…).'])
    // a body that is not JSON Payload refuses itself
    expect((await rest('POST', '/report-comments', { token: staff, raw: { contentType: 'application/json', text: '{"body": ' } })).status).toBe(400)
  })
})

describe('GraphQL lists are capped like REST', () => {
  it('anonymous Reports(limit: 100000) returns 100', async () => {
    const { body } = await graphql('{ Reports(limit: 100000) { docs { id } limit } }')
    expect(body.errors).toBeUndefined()
    expect(body.data.Reports.docs).toHaveLength(ANONYMOUS_CAPS.limit)
    expect(body.data.Reports.limit).toBe(ANONYMOUS_CAPS.limit)
    const all = await graphql('{ Reports(limit: 0, pagination: false) { docs { id } } }')
    expect(all.body.data.Reports.docs).toHaveLength(ANONYMOUS_CAPS.limit)
    const asStaff = await graphql('{ Reports(limit: 100000) { docs { id } limit } }', staff)
    expect(asStaff.body.data.Reports.docs).toHaveLength(REPORTS)
  })

  it('bad numbers are refused with status 400', async () => {
    const negative = await graphql('{ Reports(limit: -5) { docs { id } } }')
    expect(negative.body.errors[0].extensions.statusCode).toBe(400)
    expect(negative.body.errors[0].message).toMatch(/"limit" không được là số âm/)
    const absurd = await graphql('{ Reports(limit: 99999999999999999999) { docs { id } } }')
    expect(absurd.body.data).toBeUndefined()
    expect(absurd.body.errors[0].message).toMatch(/99999999999999999999/)
  })

  it('anonymous queries reach one relation deep and read one list', async () => {
    const deep = await graphql('{ Reports(limit: 1) { docs { unit { organisation { name } } } } }')
    expect(deep.body.data).toBeUndefined()
    expect(deep.body.errors[0].message).toBe('Khi chưa đăng nhập, truy vấn GraphQL chỉ được đọc quan hệ sâu 1 cấp.')
    const hidden = await graphql('{ Reports(limit: 1) { docs { ...R } } } fragment R on Report { unit { organisation { name } } }')
    expect(hidden.body.errors[0].message).toMatch(/sâu 1 cấp/)
    const twice = await graphql('{ a: Reports(limit: 100) { docs { id } } b: Reports(limit: 100) { docs { id } } }')
    expect(twice.body.data).toBeUndefined()
    expect(twice.body.errors[0].message).toBe('Khi chưa đăng nhập, mỗi truy vấn GraphQL chỉ được đọc một danh sách.')
    const ok = await graphql('{ Reports(limit: 2) { docs { title unit { name } } } }')
    expect(ok.body.errors).toBeUndefined()
    expect(ok.body.data.Reports.docs[0].unit.name).toBe(unit.name)
    // staff are not held to it
    const asStaff = await graphql('{ a: Reports(limit: 1) { docs { unit { organisation { name } } } } b: Units(limit: 1) { docs { id } } }', staff)
    expect(asStaff.body.errors).toBeUndefined()
    expect(asStaff.body.data.a.docs[0].unit.organisation.name).toBeTruthy()
  })
})

describe('probes answer 4xx, not 500', () => {
  it('malformed file names: 400; a missing file: 404', async () => {
    for (const name of ['%00', 'a%00b.jpg', '..%252f..%252fpackage.json', '..%255c..%255cpackage.json']) {
      const { status } = await rest('GET', `/media/file/${name}`)
      expect(status, name).toBe(400)
    }
    const missing = await rest('GET', '/media/file/khong-co-anh-nay.jpg')
    expect(missing.status).toBe(404)
    expect(missing.body.errors[0].message).toBe('Không tìm thấy tệp.')
  })

  it('POST /users/verify/abc: 404, and the GraphQL mutation says the same', async () => {
    const { status, body } = await rest('POST', '/users/verify/abc')
    expect(status).toBe(404)
    expect(body.errors[0].message).toBe('Tài khoản ở đây không xác minh qua e-mail.')
    const mutation = await graphql('mutation { verifyEmailUser(token: "abc") }')
    expect(mutation.body.errors[0].extensions.statusCode).toBe(404)
  })

  it('anonymous Access { canAccessAdmin } is false, not an error', async () => {
    const { body } = await graphql('{ Access { canAccessAdmin } }')
    expect(body.errors).toBeUndefined()
    expect(body.data.Access.canAccessAdmin).toBe(false)
    expect((await graphql('{ Access { canAccessAdmin } }', staff)).body.data.Access.canAccessAdmin).toBe(true)
  })

  it('an id that cannot exist: 404', async () => {
    expect((await rest('GET', '/units/abc')).status).toBe(404)
    expect((await rest('GET', '/reports/abc', { token: staff })).status).toBe(404)
  })
})

describe('expected GraphQL refusals are not logged as errors', () => {
  it('a forbidden update, a bad limit, the verify mutation and a wrong password log at info, without a stack', async () => {
    const errors = vi.spyOn(payload.logger, 'error')
    const first = (await rest('GET', '/reports?limit=1&depth=0')).body.docs[0] as Report
    const forbidden = await graphql(`mutation { updateReport(id: ${JSON.stringify(first.id)}, data: { title: "Sửa" }) { id } }`)
    expect(forbidden.body.errors[0].extensions.statusCode).toBe(403)
    await graphql('{ Reports(limit: -1) { docs { id } } }')
    await graphql('mutation { verifyEmailUser(token: "abc") }')
    // a wrong password, through either API
    expect((await graphql(`mutation { loginUser(email: ${JSON.stringify(staffEmail)}, password: "sai") { token } }`)).body.errors[0].extensions.statusCode).toBe(401)
    expect((await rest('POST', '/users/login', { json: { email: staffEmail, password: 'sai' } })).status).toBe(401)
    expect(errors).not.toHaveBeenCalled()
  })
})

describe('login attempts are limited per address', () => {
  it('REST and GraphQL draw on one allowance; another address has its own; 429 says when to retry', async () => {
    process.env.RATE_LIMIT_LOGIN_PER_MIN = '3'
    const from = (address: string) => ({ 'x-forwarded-for': address })
    const login = (address: string, password = 'sai-mat-khau') => restWithHeaders('POST', '/users/login', { email: staffEmail, password }, from(address))
    expect((await login('198.51.100.1', PASSWORD)).status).toBe(200)
    expect((await login('198.51.100.1')).status).toBe(401)
    const viaGraphQL = await graphQLWithHeaders(`mutation { loginUser(email: ${JSON.stringify(staffEmail)}, password: "sai") { token } }`, from('198.51.100.1'))
    expect(viaGraphQL.body.errors[0].extensions.statusCode).toBe(401)
    const refused = await login('198.51.100.1', PASSWORD)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.body.errors[0].message).toMatch(/^Quá nhiều lần đăng nhập từ địa chỉ của bạn\. Vui lòng thử lại sau \d+ giây\.$/)
    const refusedGraphQL = await graphQLWithHeaders(`mutation { loginUser(email: ${JSON.stringify(staffEmail)}, password: "sai") { token } }`, from('198.51.100.1'))
    expect(refusedGraphQL.body.errors[0].extensions.statusCode).toBe(429)
    expect((await login('198.51.100.2', PASSWORD)).status).toBe(200)
  })
})

type Answer = { status: number; headers: Headers; body: any }

/** A REST call with headers of its own (the helpers' rest() sets only the token and language). */
async function restWithHeaders(method: 'POST', path: string, json: unknown, headers: Record<string, string>): Promise<Answer> {
  const { handleEndpoints } = await import('payload')
  const request = new Request(`http://localhost:3000/api${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(json) })
  const response = await handleEndpoints({ config: payload.config, path: `/api${path}`, request })
  return { status: response.status, headers: response.headers, body: await response.json() }
}

async function graphQLWithHeaders(query: string, headers: Record<string, string>): Promise<Answer> {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const response = await GRAPHQL_POST(payload.config)(
    new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) }),
  )
  return { status: response.status, headers: response.headers, body: await response.json() }
}
