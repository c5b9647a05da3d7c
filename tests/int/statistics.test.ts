/**
 * "Thống kê" (issue 15): every figure of the dashboard against hand-made fixtures, per unit and
 * period, with a board merged into another in the middle of the year (its reports count under
 * the name they were published with, and in its successor's totals); who sees which figures,
 * through the data endpoint and the exports; the CSV and XLSX read back.
 */
import config from '@payload-config'
import ExcelJS from 'exceljs'
import { createLocalReq, handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { readDashboard } from '../../src/data/statistics/dashboard'
import { ensureModelTotals, rebuildStatistics } from '../../src/data/statistics/totals'
import { countView, flushViews } from '../../src/site/viewCounter'
import { POST as beacon } from '../../src/app/(site)/luot-xem/route'
import type { User } from '../../src/payload-types'
import { loginToken, makeUser, PASSWORD, rest, testPayload, uniq } from './helpers'

type Id = number | string
const A = 'Ban Dân vận Tỉnh ủy Thử Hải Dương'
const C = 'Ban Tuyên giáo và Dân vận Thành ủy Thử Hải Phòng'
const B = 'Ban Dân vận Tỉnh ủy Thử Cà Mau'

/** GET through Payload's own handler, the body as bytes. */
async function download(path: string, token?: string) {
  const headers = new Headers(token ? { Authorization: `JWT ${token}` } : {})
  const response = await handleEndpoints({ config, path: `/api${path.split('?')[0]}`, request: new Request(`http://localhost:3000/api${path}`, { headers }) })
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) }
}

describe('Thống kê', () => {
  let payload: Payload
  const ids: Record<string, Id> = {}
  const users: Record<string, User> = {}
  const tokens: Record<string, string> = {}
  const load = () => Promise.resolve(payload)

  const report = async (key: string, unit: Id, publishedAt: string, data: Record<string, unknown> = {}, status: 'published' | 'draft' = 'published') => {
    const doc = await payload.create({
      collection: 'reports',
      data: { title: `Tin thống kê ${key} ${uniq()}`, unit, publishedAt, ...data, _status: status, workflowState: status } as never,
    })
    ids[key] = doc.id
  }
  const step = (key: string, action: string, createdAt: string) =>
    payload.create({ collection: 'report-transitions', data: { report: ids[key], action, createdAt } as never, overrideAccess: true })
  const dashboard = async (user: User, query: Record<string, string>) => readDashboard(await createLocalReq({ user: { ...user, collection: 'users' } }, payload), query)

  beforeAll(async () => {
    payload = await testPayload()
    const unit = (data: Record<string, unknown>) => payload.create({ collection: 'units', data: { level: 'province', ...data } as never })
    ids.C = (await unit({ name: C, validFrom: '2025-07-01T00:00:00.000Z' })).id
    ids.A = (await unit({ name: A, validTo: '2025-06-30T16:59:59.999Z', successor: ids.C })).id
    ids.B = (await unit({ name: B })).id
    ids.X = (await payload.create({ collection: 'categories', data: { name: 'Tin hoạt động thử' } as never })).id
    ids.Y = (await payload.create({ collection: 'categories', data: { name: 'Gương điển hình thử' } as never })).id
    ids.K = (await payload.create({ collection: 'campaigns', data: { name: 'Phong trào thi đua "Dân vận khéo"', kind: 'emulation' } as never })).id
    ids.O1 = (await payload.create({ collection: 'officials', data: { fullName: 'Trần Đức Thắng' } as never })).id
    ids.O2 = (await payload.create({ collection: 'officials', data: { fullName: 'Nguyễn Thị Quyên' } as never })).id

    // Hải Dương's board until 30/06/2025, then its successor in Hải Phòng; Cà Mau apart
    await report('r1', ids.A, '2025-03-10T02:00:00.000Z', { category: ids.X, campaigns: [ids.K], officials: [ids.O1] })
    await report('r2', ids.A, '2025-06-30T15:00:00.000Z', { category: ids.X, officials: [ids.O1, ids.O2] }) // 22:00 on its last day
    await report('r8', ids.A, '2025-01-15T03:00:00.000Z', { importedViewCount: 500 })
    await report('r3', ids.C, '2025-07-01T01:00:00.000Z', { category: ids.Y, campaigns: [ids.K], officials: [ids.O1] })
    await report('r4', ids.C, '2025-09-30T18:00:00.000Z', { category: ids.Y }) // 01:00 on 01/10 in Vietnam: the fourth quarter
    await report('r5', ids.B, '2025-02-01T03:00:00.000Z', { officials: [ids.O2] })
    await report('r6', ids.B, '2024-12-20T03:00:00.000Z', { category: ids.X })
    await report('r7', ids.B, '2025-05-05T03:00:00.000Z', { category: ids.X }, 'draft')

    await step('r1', 'submit', '2025-03-08T02:00:00.000Z')
    await step('r1', 'forward', '2025-03-09T02:00:00.000Z')
    await step('r1', 'publish', '2025-03-10T02:00:00.000Z')
    await step('r3', 'submit', '2025-06-30T01:00:00.000Z')
    await step('r3', 'return', '2025-06-30T03:00:00.000Z')
    await step('r3', 'submit', '2025-06-30T05:00:00.000Z')
    await step('r3', 'publish', '2025-07-01T01:00:00.000Z')
    await step('r4', 'submit', '2025-09-25T18:00:00.000Z')
    await step('r4', 'return', '2025-09-26T18:00:00.000Z')
    await step('r4', 'return', '2025-09-27T18:00:00.000Z')
    await step('r4', 'publish', '2025-09-30T18:00:00.000Z')

    const model = (name: string, unit: Id, field: string, yearRecognised: number, status: string) => payload.create({ collection: 'models', data: { name, unit, field, yearRecognised, status, level: 'commune' } as never })
    await model('Tổ Covid cộng đồng', ids.A, 'economy', 2023, 'recognised')
    await model('Dòng họ học tập', ids.A, 'culture-society', 2025, 'effective')
    await model('Vùng xanh an toàn', ids.C, 'economy', 2025, 'recognised')
    await model('Khu phố an toàn thực phẩm', ids.B, 'defence-security', 2025, 'recognised')

    for (let i = 0; i < 3; i++) countView(load, String(ids.r3), new Date('2025-07-01T02:00:00.000Z'))
    for (let i = 0; i < 2; i++) countView(load, String(ids.r3), new Date('2025-07-02T02:00:00.000Z'))
    for (let i = 0; i < 4; i++) countView(load, String(ids.r8), new Date('2025-07-01T03:00:00.000Z'))
    countView(load, String(ids.r7), new Date('2025-07-01T03:00:00.000Z')) // a draft: not counted
    await flushViews(load)

    users.editorC = await makeUser(payload, ['editor'], [ids.C])
    users.editorB = await makeUser(payload, ['editor'], [ids.B])
    users.contributorC = await makeUser(payload, ['contributor'], [ids.C])
    users.admin = await makeUser(payload, ['admin'], [])
    for (const [key, user] of Object.entries(users)) tokens[key] = await loginToken(user.email, PASSWORD)
  })

  it('counts the successor\'s year: the merged board under its own name and in its successor\'s totals', async () => {
    const d = (await dashboard(users.editorC, { period: 'year', year: '2025' }))!
    expect(d.units.map((u) => u.name).sort()).toEqual([C, A].sort())
    expect(d.reports.total).toBe(5)
    expect(d.reports.byMonth.filter((m) => m.count)).toEqual([
      { key: '2025-01', count: 1 },
      { key: '2025-03', count: 1 },
      { key: '2025-06', count: 1 },
      { key: '2025-07', count: 1 },
      { key: '2025-10', count: 1 },
    ])
    expect(d.reports.byUnit).toEqual([
      { key: String(ids.A), count: 3 },
      { key: String(ids.C), count: 2 },
    ])
    expect(d.reports.byCurrentUnit).toEqual([{ key: String(ids.C), count: 5 }])
    expect(Object.fromEntries(d.reports.byCategory.map((c) => [c.key ? d.names.categories[c.key] : '(chưa phân loại)', c.count]))).toEqual({ 'Gương điển hình thử': 2, 'Tin hoạt động thử': 2, '(chưa phân loại)': 1 })
    expect(d.reports.byCampaign).toEqual([{ key: String(ids.K), count: 2 }])
    expect(d.reports.officials.map((o) => [d.names.officials[o.key], o.count])).toEqual([
      ['Trần Đức Thắng', 3],
      ['Nguyễn Thị Quyên', 1],
    ])
    expect(d.workflow).toEqual({ reports: 3, medianHours: 48, slowestHours: 120, returns: 3, returnedReports: 2, returnsPerReport: 1 })
  })

  it('counts models up to the year, by field, unit, level, status and year, with the sentence', async () => {
    const d = (await dashboard(users.editorC, { period: 'year', year: '2025' }))!
    expect([d.models.total, d.models.recognised, d.models.newInPeriod]).toEqual([3, 2, 2])
    expect(d.models.byField.filter((f) => f.count)).toEqual([
      { key: 'economy', count: 2 },
      { key: 'culture-society', count: 1 },
    ])
    expect(d.models.byUnit).toEqual([
      { key: String(ids.A), count: 2 },
      { key: String(ids.C), count: 1 },
    ])
    expect(d.models.byCurrentUnit).toEqual([{ key: String(ids.C), count: 3 }])
    expect(d.models.byLevel).toEqual([{ key: 'commune', count: 3 }])
    expect(d.models.byYear).toEqual([
      { key: '2023', count: 1 },
      { key: '2025', count: 2 },
    ])
    expect(d.modelSentence.vi).toBe('Đến hết năm 2025 có 3 mô hình "Dân vận khéo" (được công nhận 2), trong đó lĩnh vực kinh tế 2, văn hóa - xã hội 1; trong năm 2025 có thêm 2 mô hình.')
    const earlier = (await dashboard(users.editorC, { period: 'year', year: '2024' }))!
    expect([earlier.models.total, earlier.models.newInPeriod]).toEqual([1, 0])
  })

  it('counts readers by day and month and the most-read reports, with the old site\'s count as their start', async () => {
    const d = (await dashboard(users.editorC, { period: 'month', year: '2025', month: '7' }))!
    expect(d.readers.total).toBe(9)
    expect(d.readers.byDay).toEqual([
      { key: '2025-07-01', count: 7 },
      { key: '2025-07-02', count: 2 },
    ])
    expect(d.readers.byMonth).toEqual([{ key: '2025-07', count: 9 }])
    expect(d.readers.top).toEqual([
      { key: String(ids.r3), count: 5 },
      { key: String(ids.r8), count: 4 },
    ])
    expect(d.readers.allTime).toEqual({ [String(ids.r3)]: 5, [String(ids.r8)]: 504 })
    expect(d.names.reports[String(ids.r8)].unit).toBe(A)
  })

  it('narrows to a quarter and a month in Vietnam time, and to one unit', async () => {
    const q3 = (await dashboard(users.editorC, { period: 'quarter', year: '2025', quarter: '3' }))!
    expect(q3.reports.total).toBe(1)
    expect(q3.workflow).toMatchObject({ reports: 1, medianHours: 24, slowestHours: 24, returns: 1 })
    const q4 = (await dashboard(users.editorC, { period: 'quarter', year: '2025', quarter: '4' }))!
    expect(q4.reports.byMonth).toEqual([
      { key: '2025-10', count: 1 },
      { key: '2025-11', count: 0 },
      { key: '2025-12', count: 0 },
    ])
    const june = (await dashboard(users.editorC, { period: 'month', year: '2025', month: '6' }))!
    expect(june.reports.byUnit).toEqual([{ key: String(ids.A), count: 1 }])
    const range = (await dashboard(users.editorC, { period: 'range', from: '2025-06', to: '2025-07' }))!
    expect(range.reports.total).toBe(2)
    const onlyA = (await dashboard(users.editorC, { period: 'year', year: '2025', unit: String(ids.A) }))!
    expect([onlyA.reports.total, onlyA.models.total]).toEqual([3, 2])
    const b = (await dashboard(users.editorB, { period: 'year', year: '2025' }))!
    expect([b.reports.total, b.reports.byMonth.find((m) => m.key === '2025-02')?.count, b.models.total]).toEqual([1, 1, 1])
    const all = (await dashboard(users.editorB, { period: 'all' }))!
    expect(all.reports.total).toBe(2)
  })

  it('keeps the figures as reports change, and the rebuild gives the same', async () => {
    const before = await dashboard(users.editorC, { period: 'year', year: '2025' })
    await rebuildStatistics(payload)
    expect(await dashboard(users.editorC, { period: 'year', year: '2025' })).toEqual(before)
    // a live report moved to another year leaves this one
    await payload.update({ collection: 'reports', id: ids.r5, data: { publishedAt: '2024-11-11T03:00:00.000Z' } as never })
    expect((await dashboard(users.editorB, { period: 'year', year: '2025' }))!.reports.total).toBe(0)
    expect((await dashboard(users.editorB, { period: 'year', year: '2024' }))!.reports.total).toBe(2)
    await payload.update({ collection: 'reports', id: ids.r5, data: { publishedAt: '2025-02-01T03:00:00.000Z' } as never })
    // a save that selects a few fields (as the importer's does) hands its hooks only those: it counts all the same
    const selected = await payload.create({
      collection: 'reports',
      data: { title: `Tin nhập từ trang cũ ${uniq()}`, unit: ids.B, publishedAt: '2025-03-03T03:00:00.000Z', _status: 'published', workflowState: 'published' } as never,
      select: { title: true },
    })
    expect((await dashboard(users.editorB, { period: 'month', year: '2025', month: '3' }))!.reports.total).toBe(1)
    await payload.delete({ collection: 'reports', id: selected.id })
    expect((await dashboard(users.editorB, { period: 'month', year: '2025', month: '3' }))!.reports.total).toBe(0)
  })

  it('keeps the model counts as models change, move and go, and the rebuild gives the same', async () => {
    const year = { period: 'year', year: '2025' }
    const models = async (user: User) => (await dashboard(user, year))!.models
    const moved = await payload.create({ collection: 'models', data: { name: `Mô hình chuyển ${uniq()}`, unit: ids.B, field: 'economy', yearRecognised: 2025, status: 'registered', level: 'district' } as never })
    expect([(await models(users.editorB)).total, (await models(users.editorB)).byLevel]).toEqual([2, [{ key: 'commune', count: 1 }, { key: 'district', count: 1 }]])
    await payload.update({ collection: 'models', id: moved.id, data: { status: 'recognised' } as never })
    expect((await models(users.editorB)).recognised).toBe(2)
    // given to Hải Phòng's board: it leaves Cà Mau's figures and joins Hải Phòng's
    await payload.update({ collection: 'models', id: moved.id, data: { unit: ids.C } as never })
    expect([(await models(users.editorB)).total, (await models(users.editorC)).total]).toEqual([1, 4])
    const before = await dashboard(users.editorC, year)
    await rebuildStatistics(payload)
    expect(await dashboard(users.editorC, year)).toEqual(before)
    await payload.delete({ collection: 'models', id: moved.id })
    expect((await models(users.editorC)).total).toBe(3)
    // a database from before the counts were kept gets them at start
    await payload.db.deleteMany({ collection: 'statistics-months', where: { kind: { equals: 'models' } } })
    expect((await models(users.editorC)).total).toBe(0)
    await ensureModelTotals(payload)
    expect((await models(users.editorC)).total).toBe(3)
  })

  it('shows an editor none of another board\'s figures, through the data endpoint and the exports', async () => {
    const own = await rest('GET', '/statistics-months/dashboard?period=year&year=2025', { token: tokens.editorB })
    expect(own.status).toBe(200)
    expect(own.body.units.map((u: { name: string }) => u.name)).toEqual([B])
    expect(own.body.reports.total).toBe(1)
    const text = JSON.stringify(own.body)
    for (const foreign of [A, C, 'Trần Đức Thắng', 'Tổ Covid cộng đồng']) expect(text).not.toContain(foreign)
    const asked = await rest('GET', `/statistics-months/dashboard?period=year&year=2025&unit=${ids.C}`, { token: tokens.editorB })
    expect([asked.status, asked.body.units, asked.body.reports.total, asked.body.models.total]).toEqual([200, [], 0, 0])
    for (const format of ['csv', 'xlsx']) {
      const file = await download(`/statistics-months/export?format=${format}&table=all&period=all&unit=${ids.C}`, tokens.editorB)
      expect(file.status).toBe(200)
      if (format === 'csv') for (const foreign of [A, C, 'Trần Đức Thắng']) expect(file.bytes.toString('utf8')).not.toContain(foreign)
      else {
        const book = new ExcelJS.Workbook()
        await book.xlsx.load(file.bytes as never)
        const cells = book.worksheets.flatMap((s) => s.getSheetValues().flat().map(String))
        for (const foreign of [A, C, 'Trần Đức Thắng']) expect(cells.join('\n')).not.toContain(foreign)
      }
    }
    for (const token of [tokens.contributorC, undefined]) {
      expect((await rest('GET', '/statistics-months/dashboard?period=all', { token })).status).toBe(403)
      expect((await download('/statistics-months/export?format=csv&table=all', token)).status).toBe(403)
    }
    const admin = await rest('GET', `/statistics-months/dashboard?period=year&year=2025&unit=${ids.C}`, { token: tokens.admin })
    expect([admin.body.reports.total, admin.body.units.length]).toEqual([5, 2])
    // the documents themselves are the admin's alone
    expect((await rest('GET', '/statistics-months', { token: tokens.editorC })).status).toBe(403)
  })

  it('counts a reader\'s beacon once, and no bot\'s', async () => {
    const july = async () => (await dashboard(users.editorC, { period: 'all' }))!.readers.top.find((t) => t.key === String(ids.r4))?.count ?? 0
    const before = await july()
    const send = (agent: string, address = '203.0.113.7') => beacon(new Request('http://localhost/luot-xem', { method: 'POST', body: String(ids.r4), headers: { 'User-Agent': agent, 'X-Forwarded-For': address } }))
    for (const agent of ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'facebookexternalhit/1.1', 'curl/8.5.0', ''])
      expect((await send(agent)).status).toBe(204)
    for (let i = 0; i < 3; i++) await send('Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Safari/604.1')
    await flushViews(load)
    expect(await july()).toBe(before + 1)
  })

  it('exports a table as UTF-8 CSV with BOM, Vietnamese intact', async () => {
    const file = await download('/statistics-months/export?format=csv&table=tin-bai-don-vi&period=year&year=2025', tokens.editorC)
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="thong-ke-tin-bai-don-vi-year-2025.csv"')
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes.subarray(3)).trim().split('\r\n')
    expect(lines).toEqual(['Đơn vị,Tính vào đơn vị hiện nay,Tin bài', `${A},${C},3`, `${C},${C},2`])
  })

  it('exports every table to XLSX, read back with exceljs', async () => {
    const file = await download('/statistics-months/export?format=xlsx&table=all&period=year&year=2025', tokens.editorC)
    expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(file.bytes as never)
    const byMonth = book.getWorksheet('tin-bai-thang')!
    expect(byMonth.getCell('A1').value).toBe('Tin bài xuất bản theo tháng')
    expect(byMonth.getCell('A2').value).toBe('Thống kê: Năm 2025')
    expect(byMonth.getRow(4).values).toEqual([undefined, 'Tháng', 'Tin bài'])
    expect(byMonth.getRow(5).values).toEqual([undefined, '01/2025', 1])
    expect(byMonth.rowCount).toBe(4 + 12)
    const models = book.getWorksheet('mo-hinh-linh-vuc')!
    expect(models.getRow(5).values).toEqual([undefined, 'Kinh tế', 2])
    const officials = book.getWorksheet('can-bo')!
    expect(officials.getRow(5).values).toEqual([undefined, 'Trần Đức Thắng', 3])
  })
})
