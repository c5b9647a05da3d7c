/**
 * The REST list of reports a unit's site asks for —
 * /api/reports?limit=20&depth=1&sort=-publishedAt&where[unit][equals]=ID (anonymous, so
 * published only) — at 10,000 and then 100,000 reports in one SQLite file. The floor is the
 * same reads done with bare SQL on the same connection (page, count, related units and
 * categories). The goal is the growth from 10k to 100k: ≤1.5.
 */
import '../src/lib/cli/keepAlive'
import fs from 'node:fs'
import { freshWorkDir } from './workDir'

const work = freshWorkDir('reports-list')

const { default: config } = await import('../payload.config')
const { getPayload, handleEndpoints } = await import('payload')
const { sql } = await import('@payloadcms/db-sqlite')
const { benchLine, percentile, timeEach } = await import('./stats')

const payload = await getPayload({ config })
const db = payload.db as unknown as { drizzle: { run(q: unknown): Promise<unknown>; all(q: unknown): Promise<Record<string, unknown>[]> } }
const units = (await payload.find({ collection: 'units', limit: 100, depth: 0 })).docs.map((u) => u.id as number)
const categories = (await payload.find({ collection: 'categories', limit: 100, depth: 0 })).docs.map((c) => c.id as number)

const WORDS = 'công tác dân vận hội nghị sơ kết tổng kết phong trào thi đua dân vận khéo năm dân vận chính quyền quy chế dân chủ ở cơ sở mặt trận tổ quốc đoàn thể nhân dân tỉnh ủy thành ủy huyện xã phường'.split(' ')
let seed = 42
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
const words = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ')
const esc = (s: string) => `'${s.replace(/'/g, "''")}'`

/** Bulk rows straight into the reports table: 100k creates through Payload would take many minutes. */
async function generate(from: number, to: number) {
  const start = Date.parse('2018-01-01T00:00:00Z')
  const span = Date.parse('2026-11-01T00:00:00Z') - start
  for (let i = from; i < to; i += 500) {
    const rows: string[] = []
    for (let j = i; j < Math.min(to, i + 500); j++) {
      const title = `${words(8)} ${j}`
      const when = new Date(start + random() * span).toISOString()
      const status = random() < 0.9 ? 'published' : 'draft'
      rows.push(`(${esc(title)}, ${esc(words(30))}, ${esc(`bai-${j}`)}, 0, ${units[j % units.length]}, ${categories[j % categories.length]}, ${esc(when)}, 'Asia/Ho_Chi_Minh', 0, 'Nhóm PV', 0, ${esc(when)}, ${esc(when)}, ${esc(status)})`)
    }
    await db.drizzle.run(sql.raw(`INSERT INTO reports (title, lead, slug, generate_slug, unit_id, category_id, published_at, publishedat_tz, date_approximate, byline, view_count, updated_at, created_at, _status) VALUES ${rows.join(',')}`))
  }
}

const busiest = units[0]
const listPath = (unit: number) => `/api/reports?limit=20&depth=1&sort=-publishedAt&where[unit][equals]=${unit}`

async function restList(i: number) {
  const unit = units[i % units.length] ?? busiest
  const url = `http://localhost${listPath(unit)}`
  const response = await handleEndpoints({ config, path: '/api/reports', request: new Request(url) })
  const body = await response.json()
  if (response.status !== 200 || body.docs.length !== 20) throw new Error(`unexpected list answer ${response.status}`)
}

async function bareList(i: number) {
  const unit = units[i % units.length] ?? busiest
  const page = await db.drizzle.all(sql`SELECT * FROM reports WHERE unit_id = ${unit} AND _status = 'published' ORDER BY published_at DESC LIMIT 20`)
  await db.drizzle.all(sql`SELECT count(*) AS n FROM reports WHERE unit_id = ${unit} AND _status = 'published'`)
  const unitIds = [...new Set(page.map((r) => r.unit_id))]
  const categoryIds = [...new Set(page.map((r) => r.category_id))]
  await db.drizzle.all(sql.raw(`SELECT * FROM units WHERE id IN (${unitIds.join(',')})`))
  await db.drizzle.all(sql.raw(`SELECT * FROM categories WHERE id IN (${categoryIds.join(',')})`))
  if (page.length !== 20) throw new Error('unexpected bare answer')
}

async function measure(size: number) {
  await timeEach(100, restList) // warm up: JIT, statement cache, page cache
  await timeEach(100, bareList)
  const rest = await timeEach(300, restList)
  const bare = await timeEach(300, bareList)
  const plan = await db.drizzle.all(sql`EXPLAIN QUERY PLAN SELECT * FROM reports WHERE unit_id = ${busiest} AND _status = 'published' ORDER BY published_at DESC LIMIT 20`)
  console.log(`${size} reports: REST p50 ${percentile(rest, 50).toFixed(2)} ms p95 ${percentile(rest, 95).toFixed(2)} ms; bare SQL p50 ${percentile(bare, 50).toFixed(2)} ms p95 ${percentile(bare, 95).toFixed(2)} ms`)
  console.log(`  plan: ${plan.map((row) => row.detail).join(' | ')}`)
  return { rest, bare }
}

const t0 = Date.now()
await generate(0, 10_000)
console.log(`generated 10,000 reports in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
const small = await measure(10_000)
const t1 = Date.now()
await generate(10_000, 100_000)
console.log(`generated 90,000 more in ${((Date.now() - t1) / 1000).toFixed(1)} s`)
const large = await measure(100_000)

const p = (s: number[], q: number) => percentile(s, q)
console.log(benchLine('reports-list-p50-10k', p(small.rest, 50), p(small.bare, 50), 'ms', 'report'))
console.log(benchLine('reports-list-p95-10k', p(small.rest, 95), p(small.bare, 95), 'ms', 'report'))
console.log(benchLine('reports-list-p50-100k', p(large.rest, 50), p(large.bare, 50), 'ms', 'report'))
console.log(benchLine('reports-list-p95-100k', p(large.rest, 95), p(large.bare, 95), 'ms', 'report'))
console.log(benchLine('reports-list-growth-p50', p(large.rest, 50), p(small.rest, 50), 'ms', '≤1.5'))
console.log(benchLine('reports-list-growth-p95', p(large.rest, 95), p(small.rest, 95), 'ms', '≤1.5'))
await payload.destroy()
fs.rmSync(work, { recursive: true, force: true })
process.exit(0)
