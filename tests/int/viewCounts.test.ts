/**
 * Readers' views live apart from the report (issue 12): one `report-views` row per report,
 * Vietnam day and writing process; the report's `viewCount` is its imported start plus those
 * rows. Counting never writes the report: no new updatedAt, no version. Two processes counting
 * the same report at once lose nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import readline from 'node:readline'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { countView, flushViews } from '../../src/site/viewCounter'
import { graphql, loginToken, makeUser, PASSWORD, rest, testPayload, uniq, unitNamed } from './helpers'

type Id = number | string
type ReportRead = { id: Id; updatedAt: string; viewCount?: number | null; importedViewCount?: number | null }
type ViewRow = { id: Id; report: Id | { id: Id }; day: string; writer: string; count: number }

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const relId = (value: Id | { id: Id }) => String(typeof value === 'object' ? value.id : value)

describe('views are counted apart from the report', () => {
  let payload: Payload
  let unit: { id: Id }
  const load = () => Promise.resolve(payload)

  const publish = async (data: Record<string, unknown> = {}) =>
    (await payload.create({ collection: 'reports', data: { title: `Tin có lượt xem ${uniq()}`, unit: unit.id, publishedAt: '2024-06-21T02:00:00.000Z', ...data, _status: 'published', workflowState: 'published' } as never })) as unknown as ReportRead
  const read = async (id: Id) => (await payload.findByID({ collection: 'reports', id, depth: 0 })) as unknown as ReportRead
  const versionsOf = async (id: Id) => (await payload.countVersions({ collection: 'reports', where: { parent: { equals: id } } })).totalDocs
  const rowsOf = async (id: Id) =>
    (await payload.find({ collection: 'report-views' as never, where: { report: { equals: id } }, sort: 'day', depth: 0, pagination: false })).docs as unknown as ViewRow[]

  beforeAll(async () => {
    payload = await testPayload()
    unit = (await unitNamed(payload, 'Ban Dân vận Tỉnh ủy Hải Dương')) as never
  })

  it('leaves the report, its updatedAt ("Ngày cập nhật") and its versions unchanged', async () => {
    const report = await publish()
    const before = await read(report.id)
    const versions = await versionsOf(report.id)
    await sleep(20) // a write now would give another updatedAt
    for (let i = 0; i < 5; i++) countView(load, String(report.id))
    await flushViews(load)
    const after = await read(report.id)
    expect(after.viewCount).toBe((before.viewCount ?? 0) + 5)
    expect(after.updatedAt).toBe(before.updatedAt)
    const stored = (await payload.db.findOne({ collection: 'reports', where: { id: { equals: report.id } } })) as ReportRead
    expect(stored.updatedAt).toBe(before.updatedAt)
    expect(await versionsOf(report.id)).toBe(versions)
  })

  it('totals the count imported from the old site and the counted views', async () => {
    const report = await publish({ importedViewCount: 223 })
    expect((await read(report.id)).viewCount).toBe(223)
    for (let i = 0; i < 3; i++) countView(load, String(report.id))
    await flushViews(load)
    expect((await read(report.id)).viewCount).toBe(226)
    expect((await read(report.id)).importedViewCount).toBe(223)
    // the same through REST, anonymously, as the public API answers it
    const res = await rest('GET', `/reports/${report.id}?depth=0`)
    expect(res.status).toBe(200)
    expect(res.body.viewCount).toBe(226)
    // an edit, published again, keeps the start and the views
    await payload.update({ collection: 'reports', id: report.id, data: { lead: 'Sapo đã sửa' } as never, draft: true })
    expect((await payload.findByID({ collection: 'reports', id: report.id, draft: true, depth: 0 })) as unknown as ReportRead).toMatchObject({ viewCount: 226 })
    await payload.update({ collection: 'reports', id: report.id, data: { _status: 'published', workflowState: 'published' } as never })
    expect((await read(report.id)).viewCount).toBe(226)
    // nobody sets the figure through the API: a write of viewCount or importedViewCount is dropped
    const admin = (await payload.find({ collection: 'users', where: { roles: { contains: 'admin' } }, limit: 1 })).docs[0]
    await payload.update({ collection: 'reports', id: report.id, data: { viewCount: 5, importedViewCount: 5 } as never, draft: true, overrideAccess: false, user: admin })
    expect((await payload.findByID({ collection: 'reports', id: report.id, draft: true, depth: 0 })) as unknown as ReportRead).toMatchObject({ viewCount: 226, importedViewCount: 223 })
  })

  it('lists do not add up views per row: the total is read with one report', async () => {
    const report = await publish({ importedViewCount: 7 })
    countView(load, String(report.id))
    await flushViews(load)
    const { docs } = await payload.find({ collection: 'reports', where: { id: { equals: report.id } }, depth: 0 })
    expect((docs[0] as unknown as ReportRead).importedViewCount).toBe(7)
    expect((docs[0] as unknown as ReportRead).viewCount ?? null).toBeNull()
    expect((await read(report.id)).viewCount).toBe(8)
  })

  it('keeps one row per report, Vietnam calendar day and process', async () => {
    const report = await publish()
    const id = String(report.id)
    countView(load, id, new Date('2026-03-01T16:59:00Z')) // 23:59 on 01/03 in Hà Nội
    countView(load, id, new Date('2026-03-01T16:59:30Z'))
    for (let i = 0; i < 3; i++) countView(load, id, new Date('2026-03-01T17:00:00Z')) // 00:00 on 02/03
    await flushViews(load)
    countView(load, id, new Date('2026-03-01T10:00:00Z'))
    await flushViews(load)
    const rows = await rowsOf(report.id)
    expect(rows.map((r) => [r.day, r.count])).toEqual([['2026-03-01', 3], ['2026-03-02', 3]])
    expect(new Set(rows.map((r) => r.writer)).size).toBe(1)
    expect(rows.every((r) => relId(r.report) === id)).toBe(true)
    expect((await read(report.id)).viewCount).toBe(6)
  })

  it('counts published reports only', async () => {
    const draft = (await payload.create({ collection: 'reports', data: { title: `Bản nháp ${uniq()}`, unit: unit.id, publishedAt: '2024-06-21T02:00:00.000Z' } as never, draft: true })) as unknown as ReportRead
    const unpublished = await publish()
    await payload.update({ collection: 'reports', id: unpublished.id, data: { _status: 'draft', workflowState: 'draft' } as never })
    countView(load, String(draft.id))
    countView(load, String(unpublished.id))
    countView(load, '999999999')
    await flushViews(load)
    expect(await rowsOf(draft.id)).toEqual([])
    expect(await rowsOf(unpublished.id)).toEqual([])
    expect((await payload.findByID({ collection: 'reports', id: draft.id, draft: true, depth: 0 })) as unknown as ReportRead).toMatchObject({ viewCount: 0 })
  })

  it('deleting a report deletes its views', async () => {
    const report = await publish()
    countView(load, String(report.id))
    await flushViews(load)
    expect(await rowsOf(report.id)).toHaveLength(1)
    await payload.delete({ collection: 'reports', id: report.id })
    expect(await rowsOf(report.id)).toEqual([])
  })

  it('staff read the rows; nobody writes them through REST or GraphQL, and readers see nothing', async () => {
    const report = await publish()
    countView(load, String(report.id))
    await flushViews(load)
    const row = (await rowsOf(report.id))[0]
    const editor = await makeUser(payload, ['editor'], [unit.id])
    const staff = await loginToken(editor.email, PASSWORD)
    const admin = await loginToken(process.env.ADMIN_EMAIL!, process.env.ADMIN_PASSWORD!)
    const where = `where[report][equals]=${report.id}`
    expect((await rest('GET', `/report-views?${where}`, { token: staff })).body.docs).toHaveLength(1)
    expect((await rest('GET', `/report-views?${where}`)).status).toBe(403)
    expect((await rest('GET', `/report-views/${row.id}`)).status).toBe(403)
    for (const token of [staff, admin]) {
      expect((await rest('POST', '/report-views', { token, json: { report: report.id, day: '2026-01-01', writer: 'x', count: 1000 } })).status).toBe(403)
      expect((await rest('PATCH', `/report-views/${row.id}`, { token, json: { count: 1000 } })).status).toBe(403)
      expect((await rest('DELETE', `/report-views/${row.id}`, { token })).status).toBe(403)
    }
    const mutation = await graphql(`mutation { updateReportView(id: ${JSON.stringify(row.id)}, data: { count: 1000 }) { id count } }`, admin)
    expect(mutation.body.errors?.length).toBeGreaterThan(0)
    expect((await rowsOf(report.id)).map((r) => r.count)).toEqual([1])
  })
})

describe('two server processes counting the same report', () => {
  const spawnCounter = (id: Id, views: number) =>
    spawn(process.execPath, ['--import', 'tsx', 'tests/support/countViews.ts'], {
      env: { ...process.env, REPORT_ID: String(id), VIEWS: String(views), ROUNDS: '15', LOG_LEVEL: 'error', DATABASE_PUSH: 'false' },
      // node itself (not npx) so that IPC reaches it; no stdin: nothing may wait on a prompt
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    })
  const waitFor = (child: ChildProcess, line: string) =>
    new Promise<void>((resolve, reject) => {
      readline.createInterface({ input: child.stdout! }).on('line', (l) => l.trim() === line && resolve())
      child.once('exit', (code) => reject(new Error(`counter exited (${code}) before "${line}"`)))
      setTimeout(() => reject(new Error(`counter gave no "${line}" in 120 s`)), 120_000).unref()
    })

  it('lose no view: the total is exactly 2N', async () => {
    const payload = await testPayload()
    const unit = await unitNamed(payload, 'Ban Dân vận Tỉnh ủy Cà Mau')
    const report = (await payload.create({ collection: 'reports', data: { title: `Tin đọc nhiều ${uniq()}`, unit: unit.id, importedViewCount: 100, publishedAt: '2024-06-21T02:00:00.000Z', _status: 'published', workflowState: 'published' } as never })) as unknown as ReportRead
    const before = (await payload.findByID({ collection: 'reports', id: report.id, depth: 0 })) as unknown as ReportRead
    const N = 150
    const children = [spawnCounter(report.id, N), spawnCounter(report.id, N)]
    const exits = children.map((c) => new Promise((resolve) => c.on('exit', resolve)))
    try {
      await Promise.all(children.map((c) => waitFor(c, 'ready')))
      for (const child of children) child.send('go')
      expect(await Promise.all(exits)).toEqual([0, 0])
    } finally {
      for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
    }
    const after = (await payload.findByID({ collection: 'reports', id: report.id, depth: 0 })) as unknown as ReportRead
    expect(after.viewCount).toBe(100 + 2 * N)
    expect(after.updatedAt).toBe(before.updatedAt)
    const rows = (await payload.find({ collection: 'report-views' as never, where: { report: { equals: report.id } }, depth: 0, pagination: false })).docs as unknown as ViewRow[]
    expect(new Set(rows.map((r) => r.writer)).size).toBe(2)
  }, 180_000)
})
