/**
 * "Thống kê" (issue 15): the full dashboard data (src/data/statistics/dashboard.ts, what the
 * admin page, its data endpoint and its exports read) for one board and one year (an editor of
 * the busiest board, 2025) and for all boards and all years (an admin), at 10,000 and then
 * 100,000 reports in one SQLite file, with 2,000 models, the workflow history of a third of the
 * reports and a year of readers' days. The floor is the bare database counting the same rows
 * in the same run: SQL COUNT … GROUP BY over the reports, their relations, the models, the
 * workflow entries and report-views. Goals: p95 ≤200 ms at 100k and growth 10k → 100k ≤1.5.
 */
import '../src/lib/cli/keepAlive'
import fs from 'node:fs'
import { freshWorkDir } from './workDir'

const work = freshWorkDir('statistics')

const { default: config } = await import('../payload.config')
const { createLocalReq, getPayload } = await import('payload')
const { sql } = await import('@payloadcms/db-sqlite')
const { benchLine, percentile, timeEach } = await import('./stats')
const { readDashboard } = await import('../src/data/statistics/dashboard')
const { rebuildStatistics } = await import('../src/data/statistics/totals')

const payload = await getPayload({ config })
const db = payload.db as unknown as { drizzle: { run(q: unknown): Promise<unknown>; all(q: unknown): Promise<Record<string, unknown>[]> } }

let seed = 42
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]
const esc = (s: string) => `'${s.replace(/'/g, "''")}'`

// twenty boards, ten categories, five campaigns, sixty officials
for (let i = (await payload.count({ collection: 'units' })).totalDocs; i < 20; i++) await payload.create({ collection: 'units', data: { name: `Ban Dân vận Tỉnh ủy Thử ${i}`, level: 'province' } as never })
for (let i = (await payload.count({ collection: 'categories' })).totalDocs; i < 10; i++) await payload.create({ collection: 'categories', data: { name: `Chuyên mục ${i}` } as never })
for (let i = 0; i < 5; i++) await payload.create({ collection: 'campaigns', data: { name: `Phong trào ${i}`, kind: 'emulation' } as never })
for (let i = 0; i < 60; i++) await payload.create({ collection: 'officials', data: { fullName: `Nguyễn Văn Cán Bộ ${i}` } as never })
const ids = async (collection: 'units' | 'categories' | 'campaigns' | 'officials') => (await payload.find({ collection, limit: 1000, depth: 0, pagination: false })).docs.map((d) => d.id as number)
const units = await ids('units')
const categories = await ids('categories')
const campaigns = await ids('campaigns')
const officials = await ids('officials')
// the busiest board has a fifth of all reports
const busiest = units[0]
const unitFor = () => (random() < 0.2 ? busiest : pick(units))

const FIELDS = ['economy', 'culture-society', 'defence-security', 'political-system']
const LEVELS = ['province', 'district', 'commune']
const STATUSES = ['registered', 'effective', 'recognised']
{
  const rows: string[] = []
  for (let i = 0; i < 2000; i++) rows.push(`(${esc(`Mô hình ${i}`)}, ${esc(`mo-hinh-${i}`)}, ${esc(pick(FIELDS))}, ${unitFor()}, ${esc(pick(LEVELS))}, ${2015 + Math.floor(random() * 11)}, ${esc(pick(STATUSES))}, datetime('now'), datetime('now'))`)
  await db.drizzle.run(sql.raw(`INSERT INTO models (name, slug, field, unit_id, level, year_recognised, status, updated_at, created_at) VALUES ${rows.join(',')}`))
}

/** Reports, their relations and a third of them with a workflow history, straight into the tables: 100k creates through Payload would take an hour. */
async function generate(from: number, to: number) {
  const start = Date.parse('2018-01-01T00:00:00Z')
  const span = Date.parse('2026-01-01T00:00:00Z') - start
  for (let i = from; i < to; i += 500) {
    const rows: string[] = []
    const count = Math.min(to, i + 500) - i
    for (let j = i; j < i + count; j++) {
      const when = new Date(start + random() * span).toISOString()
      const status = random() < 0.9 ? 'published' : 'draft'
      rows.push(`(${esc(`Tin bài ${j}`)}, ${esc(`tin-bai-${j}`)}, ${unitFor()}, ${pick(categories)}, ${esc(when)}, ${esc(status)}, ${esc(status)}, ${esc(when)}, ${esc(when)})`)
    }
    const inserted = (await db.drizzle.all(sql.raw(`INSERT INTO reports (title, slug, unit_id, category_id, published_at, _status, workflow_state, updated_at, created_at) VALUES ${rows.join(',')} RETURNING id, unit_id, published_at, _status`))) as Array<{ id: number; unit_id: number; published_at: string; _status: string }>
    const rels: string[] = []
    const steps: string[] = []
    for (const r of inserted) {
      let order = 1
      if (random() < 0.5) rels.push(`(${order++}, ${r.id}, 'campaigns', ${pick(campaigns)}, NULL)`)
      for (let k = Math.floor(random() * 3); k > 0; k--) rels.push(`(${order++}, ${r.id}, 'officials', NULL, ${pick(officials)})`)
      if (r._status === 'published' && random() < 0.33) {
        const published = Date.parse(r.published_at)
        const submitted = new Date(published - (1 + random() * 96) * 3_600_000).toISOString()
        steps.push(`(${r.id}, ${r.unit_id}, 'submit', 'draft', 'submitted', ${esc(submitted)}, ${esc(submitted)})`)
        if (random() < 0.3) steps.push(`(${r.id}, ${r.unit_id}, 'return', 'submitted', 'draft', ${esc(submitted)}, ${esc(submitted)})`)
        steps.push(`(${r.id}, ${r.unit_id}, 'publish', 'inApproval', 'published', ${esc(r.published_at)}, ${esc(r.published_at)})`)
      }
    }
    if (rels.length) await db.drizzle.run(sql.raw(`INSERT INTO reports_rels ("order", parent_id, path, campaigns_id, officials_id) VALUES ${rels.join(',')}`))
    if (steps.length) await db.drizzle.run(sql.raw(`INSERT INTO report_transitions (report_id, unit_id, action, "from", "to", updated_at, created_at) VALUES ${steps.join(',')}`))
  }
}

/** A year of readers: each day of 2025, 300 published reports read a few times, as one server process counted them. */
async function generateViews() {
  const published = (await db.drizzle.all(sql`SELECT id FROM reports WHERE _status = 'published' ORDER BY id`)).map((r) => r.id as number)
  for (let day = 0; day < 365; day++) {
    const date = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10)
    const chosen = new Set(Array.from({ length: 300 }, () => pick(published)))
    const rows = [...chosen].map((id) => `(${id}, ${esc(date)}, 'bench-writer', ${1 + Math.floor(random() * 20)}, datetime('now'), datetime('now'))`)
    await db.drizzle.run(sql.raw(`INSERT INTO report_views (report_id, day, writer, count, updated_at, created_at) VALUES ${rows.join(',')}`))
  }
}

const editor = await payload.create({ collection: 'users', data: { email: 'bien-tap@example.vn', password: 'Mat-khau-bench-2026', name: 'Biên tập viên', roles: ['editor'], units: [busiest] } as never })
const admin = await payload.create({ collection: 'users', data: { email: 'quan-tri@example.vn', password: 'Mat-khau-bench-2026', name: 'Quản trị', roles: ['admin'], units: [] } as never })
const editorReq = await createLocalReq({ user: { ...editor, collection: 'users' } as never }, payload)
const adminReq = await createLocalReq({ user: { ...admin, collection: 'users' } as never }, payload)

const boardYear = async () => {
  const d = await readDashboard(editorReq, { period: 'year', year: '2025' })
  if (!d || !d.reports.total) throw new Error('empty board dashboard')
}
const everything = async () => {
  const d = await readDashboard(adminReq, { period: 'all' })
  if (!d || !d.reports.total) throw new Error('empty dashboard')
}

const vnMonth = `strftime('%Y-%m', published_at, '+7 hours')`
/** The same figures counted by the database itself: one COUNT … GROUP BY per table of the dashboard. */
async function bare(unit: number | null, year: string | null) {
  const where = [`r._status = 'published'`, ...(unit ? [`r.unit_id = ${unit}`] : []), ...(year ? [`r.published_at >= '${Number(year) - 1}-12-31T17:00:00.000Z'`, `r.published_at < '${year}-12-31T17:00:00.000Z'`] : [])].join(' AND ')
  const q = (s: string) => db.drizzle.all(sql.raw(s))
  await Promise.all([
    q(`SELECT r.unit_id, ${vnMonth.replace('published_at', 'r.published_at')} AS m, count(*) FROM reports r WHERE ${where} GROUP BY r.unit_id, m`),
    q(`SELECT r.category_id, count(*) FROM reports r WHERE ${where} GROUP BY r.category_id`),
    q(`SELECT x.campaigns_id, count(*) FROM reports_rels x JOIN reports r ON r.id = x.parent_id WHERE x.path = 'campaigns' AND ${where} GROUP BY x.campaigns_id`),
    q(`SELECT x.officials_id, count(*) AS n FROM reports_rels x JOIN reports r ON r.id = x.parent_id WHERE x.path = 'officials' AND ${where} GROUP BY x.officials_id ORDER BY n DESC LIMIT 10`),
    q(`SELECT t.report_id, t.action, count(*), min(t.created_at), max(t.created_at) FROM report_transitions t JOIN reports r ON r.id = t.report_id WHERE ${where} GROUP BY t.report_id, t.action`),
    q(`SELECT field, unit_id, level, status, year_recognised, count(*) FROM models ${unit ? `WHERE unit_id = ${unit}` : ''} GROUP BY field, unit_id, level, status, year_recognised`),
    q(`SELECT v.day, sum(v.count) FROM report_views v JOIN reports r ON r.id = v.report_id WHERE ${unit ? `r.unit_id = ${unit}` : '1'} ${year ? `AND v.day LIKE '${year}-%'` : ''} GROUP BY v.day`),
    q(`SELECT v.report_id, sum(v.count) AS n FROM report_views v JOIN reports r ON r.id = v.report_id WHERE ${unit ? `r.unit_id = ${unit}` : '1'} ${year ? `AND v.day LIKE '${year}-%'` : ''} GROUP BY v.report_id ORDER BY n DESC LIMIT 10`),
  ])
}

async function measure(size: number) {
  await timeEach(10, boardYear) // warm up: JIT, statement cache, page cache
  await timeEach(10, everything)
  await timeEach(5, () => bare(busiest, '2025'))
  await timeEach(3, () => bare(null, null))
  const result = {
    board: await timeEach(60, boardYear),
    boardFloor: await timeEach(60, () => bare(busiest, '2025')),
    all: await timeEach(30, everything),
    allFloor: await timeEach(30, () => bare(null, null)),
  }
  const f = (s: number[]) => `p50 ${percentile(s, 50).toFixed(1)} ms p95 ${percentile(s, 95).toFixed(1)} ms`
  console.log(`${size} reports: one board, one year ${f(result.board)} (floor ${f(result.boardFloor)}); all boards, all years ${f(result.all)} (floor ${f(result.allFloor)})`)
  return result
}

async function rebuild(label: string) {
  const t = Date.now()
  const r = await rebuildStatistics(payload)
  console.log(`${label}: statistics rebuilt in ${((Date.now() - t) / 1000).toFixed(1)} s (${r.months} unit-months of reports, ${r.viewMonths} of views)`)
}

let t0 = Date.now()
await generate(0, 10_000)
await generateViews()
console.log(`generated 10,000 reports and a year of views in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
await rebuild('10,000 reports')
const small = await measure(10_000)
t0 = Date.now()
await generate(10_000, 100_000)
console.log(`generated 90,000 more in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
await rebuild('100,000 reports')
const large = await measure(100_000)

const p = (s: number[], q: number) => percentile(s, q)
console.log(benchLine('statistics-board-year-p95-10k', p(small.board, 95), p(small.boardFloor, 95), 'ms', 'report'))
console.log(benchLine('statistics-all-p95-10k', p(small.all, 95), p(small.allFloor, 95), 'ms', 'report'))
console.log(benchLine('statistics-board-year-p95-100k', p(large.board, 95), p(large.boardFloor, 95), 'ms', 'p95 ≤200 ms'))
console.log(benchLine('statistics-all-p95-100k', p(large.all, 95), p(large.allFloor, 95), 'ms', 'p95 ≤200 ms'))
console.log(benchLine('statistics-board-year-growth-p95', p(large.board, 95), p(small.board, 95), 'ms', '≤1.5'))
console.log(benchLine('statistics-all-growth-p95', p(large.all, 95), p(small.all, 95), 'ms', '≤1.5'))
await payload.destroy()
fs.rmSync(work, { recursive: true, force: true })
process.exit(0)
