/**
 * Site search (src/lib/search) at 10,000 and then 100,000 generated reports with real
 * Vietnamese text: sentences of the seed pages (seed/documents/*.txt), varied (places,
 * numbers, people's names, cited documents), as search entries. Each query of a fixed set,
 * accented and unaccented, goes through searchSite() (in-memory index, then the page's
 * entries read through the Local API); the floor is the same query done with Payload's
 * `like` over the same entries (a full scan, blind to accents). Goals: p95 ≤15 ms at 100k,
 * growth 10k→100k ≤1.5, and every unaccented query finds what its accented twin finds.
 * Entries are inserted in bulk straight into the table (setup only); only queries are timed.
 */
import '../src/lib/cli/keepAlive'
import fs from 'node:fs'
import path from 'node:path'
import { runInNewContext } from 'node:vm'
import v8 from 'node:v8'
import { freshWorkDir } from './workDir'

const work = freshWorkDir('search', { LOG_LEVEL: 'warn' })

v8.setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const { default: config } = await import('../payload.config')
const { getPayload } = await import('payload')
const { sql } = await import('@payloadcms/db-sqlite')
const { benchLine, percentile } = await import('./stats')
const { searchSite } = await import('../src/lib/search/searchSite')
const { searchIndexFor, resetSearchIndex, SEARCH_ENTRIES } = await import('../src/lib/search/indexSync')
const { entryHash } = await import('../src/lib/search/entries')
const { reportPath } = await import('../src/lib/site/urls')
const { tokenize } = await import('../src/lib/search/tokenize')

const payload = await getPayload({ config })
const db = payload.db as unknown as { drizzle: { run(q: unknown): Promise<unknown>; all(q: unknown): Promise<Record<string, unknown>[]> } }
const units = (await payload.find({ collection: 'units', limit: 100, depth: 0 })).docs
const categories = (await payload.find({ collection: 'categories', limit: 100, depth: 0 })).docs.map((c) => String(c.id))

// ---- text: the seed pages' sentences, varied --------------------------------------------
const sentences = fs
  .readdirSync('seed/documents')
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => fs.readFileSync(path.join('seed/documents', f), 'utf8').split('\n'))
  .filter((line) => line.trim().split(/\s+/).length >= 12)
  .flatMap((line) => line.normalize('NFC').split(/(?<=[.!?…;])\s+/))
  .map((s) => s.trim())
  .filter((s) => s.split(/\s+/).length >= 6 && s.length < 600)
const PROVINCES = ['Hải Dương', 'Cà Mau', 'Thái Nguyên', 'Hà Nội', 'Bắc Ninh', 'Đà Nẵng', 'Hải Phòng', 'Nghệ An', 'Thanh Hóa', 'Quảng Ninh', 'Lạng Sơn', 'Cao Bằng', 'Điện Biên', 'Lai Châu', 'Sơn La', 'Lào Cai', 'Tuyên Quang', 'Phú Thọ', 'Ninh Bình', 'Hưng Yên', 'Hà Tĩnh', 'Quảng Trị', 'Huế', 'Quảng Ngãi', 'Gia Lai', 'Đắk Lắk', 'Khánh Hòa', 'Lâm Đồng', 'Đồng Nai', 'Tây Ninh', 'Đồng Tháp', 'Vĩnh Long', 'An Giang', 'Cần Thơ']
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý']
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thanh', 'Hữu', 'Quang', 'Ngọc', 'Xuân', 'Hồng']
const GIVEN = ['Phong', 'Thắng', 'Hùng', 'Lan', 'Hương', 'Quyên', 'Kiên', 'Dũng', 'Hải', 'Nam', 'Bình', 'Đường', 'Hà', 'Tâm', 'Thủy']
const TITLES = ['Bí thư Tỉnh ủy', 'Trưởng Ban Dân vận Tỉnh ủy', 'Phó Trưởng Ban Dân vận', 'Chủ tịch UBND tỉnh', 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh']
const CITED = [
  'Thực hiện Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước.',
  'Quán triệt Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận.',
  'Tiếp tục thực hiện Kết luận số 43-KL/TW của Ban Bí thư.',
  'Thực hiện Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ.',
  'Theo Quyết định số 1847/QĐ-TTg ngày 27/12/2018 phê duyệt Đề án Văn hóa công vụ.',
]
let seed = 20240621
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]
const placeRe = /Hải Dương|Cà Mau|Thái Nguyên|Hà Nội|Bắc Ninh/g
const name = () => (random() < 0.01 ? 'Nguyễn Văn Phong' : `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`)
function vary(sentence: string): string {
  return sentence
    .replace(placeRe, () => pick(PROVINCES))
    .replace(/\b\d{1,3}\b/g, (n) => String(Math.floor(random() * 10 ** n.length)))
    .replace(/\b(19|20)\d\d\b/g, () => String(2015 + Math.floor(random() * 11)))
}
function paragraph(count: number): string {
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    const r = random()
    if (r < 0.04) out.push(pick(CITED))
    else if (r < 0.12) out.push(`Đồng chí ${name()}, ${pick(TITLES)} ${pick(PROVINCES)} phát biểu chỉ đạo hội nghị.`)
    else out.push(vary(pick(sentences)))
  }
  return out.join(' ')
}
function titleOf(): string {
  const words = vary(pick(sentences)).replace(/[.;!?…]+$/, '').split(/\s+/)
  const start = Math.floor(random() * Math.max(1, words.length - 12))
  const title = words.slice(start, start + 8 + Math.floor(random() * 10)).join(' ')
  return `${pick(PROVINCES)}: ${title.charAt(0).toUpperCase()}${title.slice(1)}`
}

// ---- bulk entries --------------------------------------------------------------------------
const esc = (s: string | null) => (s === null ? 'NULL' : `'${s.replace(/'/g, "''")}'`)
let textBytes = 0
async function generate(from: number, to: number) {
  const start = Date.parse('2018-01-01T00:00:00Z')
  const span = Date.parse('2026-11-01T00:00:00Z') - start
  const stamp = new Date(Date.now() - 3_600_000).toISOString() // an hour ago: the catch-up finds nothing new
  for (let i = from; i < to; i += 500) {
    const rows: string[] = []
    for (let j = i; j < Math.min(to, i + 500); j++) {
      const unit = units[j % units.length]
      const when = new Date(start + random() * span).toISOString()
      const entry = {
        key: `report:${j + 1}`, kind: 'report' as const, docId: String(j + 1), title: titleOf(), url: reportPath(unit, { slug: `bai-${j + 1}` }),
        unit: String(unit.id), unitName: unit.name, category: categories[j % categories.length], year: new Date(Date.parse(when) + 7 * 3_600_000).getUTCFullYear(),
        publishedAt: when, lead: paragraph(1 + Math.floor(random() * 2)), text: paragraph(6 + Math.floor(random() * 11)),
      }
      textBytes += Buffer.byteLength(entry.title) + Buffer.byteLength(entry.lead) + Buffer.byteLength(entry.text)
      rows.push(`(${[entry.key, entry.kind, entry.docId, entry.title, entry.url, entry.unit, entry.unitName, entry.category].map(esc).join(', ')}, ${entry.year}, ${esc(entry.publishedAt)}, ${esc(entry.lead)}, ${esc(entry.text)}, ${esc(entryHash(entry))}, 0, ${esc(stamp)}, ${esc(stamp)})`)
    }
    await db.drizzle.run(sql.raw(`INSERT INTO search_entries (key, kind, doc_id, title, url, unit, unit_name, category, year, published_at, lead, text, hash, removed, updated_at, created_at) VALUES ${rows.join(',')}`))
  }
}

// ---- queries -----------------------------------------------------------------------------
/** [query, its accented twin whose results it must equal (for unaccented queries)] */
const QUERIES: [string, string | null][] = [
  ['Dân vận khéo', null],
  ['dan van kheo', 'Dân vận khéo'],
  ['quy chế dân chủ', null],
  ['quy che dan chu', 'quy chế dân chủ'],
  ['đường', null],
  ['Đà Nẵng', null],
  ['da nang', 'Đà Nẵng'],
  ['Nguyễn Văn Phong', null],
  ['nguyen van phong', 'Nguyễn Văn Phong'],
  ['04/2015', null],
  ['duong', null],
]

const timed = async <T>(fn: () => Promise<T>): Promise<[number, T]> => {
  const start = process.hrtime.bigint()
  const value = await fn()
  return [Number(process.hrtime.bigint() - start) / 1e6, value]
}

const likeQuery = (q: string) =>
  payload.find({ collection: SEARCH_ENTRIES, where: { or: [{ title: { like: q } }, { lead: { like: q } }, { text: { like: q } }] }, sort: '-publishedAt', limit: 10, depth: 0, overrideAccess: true })

function memoryNow(): number {
  gc()
  gc()
  const usage = process.memoryUsage()
  return usage.heapUsed + usage.arrayBuffers
}

async function measure(size: number, rounds: number, likeRounds: number) {
  resetSearchIndex(payload)
  const before = memoryNow()
  const [loadMs, index] = await timed(() => searchIndexFor(payload))
  const after = memoryNow()
  const estimate = index.memory()
  console.log(`${size} reports: index loaded from the entries in ${(loadMs / 1000).toFixed(1)} s; memory ${((after - before) / 2 ** 20).toFixed(1)} MB measured (heap + array buffers), ${(estimate.bytes / 2 ** 20).toFixed(1)} MB counted (${estimate.words} distinct words in ${estimate.wordSets} sets, ${estimate.pairs} word pairs, ${estimate.denseSets} as bitsets); stored text ${(textBytes / 2 ** 20).toFixed(1)} MB`)

  const totals = new Map<string, number>()
  const topHasPhrase = new Map<string, boolean>()
  for (let r = 0; r < 5; r++) {
    for (const [q] of QUERIES) {
      const result = await searchSite(payload, { q, limit: 10 }) // warm-up
      totals.set(q, result.total)
      // the best hit must hold the query as a phrase, accents aside ("da nang" → "Đà Nẵng", not "đã … năng")
      const top = result.hits[0]
      const text = top ? [...top.title, ...top.excerpt].map((part) => part.text).join('') : ''
      const fold = (value: string) => tokenize(value).map((t) => t.folded).join(' ')
      topHasPhrase.set(q, fold(text).includes(fold(q)))
    }
  }
  const samples: number[] = []
  const perQuery = new Map<string, number[]>()
  for (let r = 0; r < rounds; r++) {
    for (const [q] of QUERIES) {
      const [ms] = await timed(() => searchSite(payload, { q, limit: 10 }))
      samples.push(ms)
      perQuery.set(q, [...(perQuery.get(q) ?? []), ms])
    }
  }
  const likeSamples: number[] = []
  const likeTotals = new Map<string, number>()
  for (let r = 0; r < likeRounds; r++) {
    for (const [q] of QUERIES) {
      const [ms, result] = await timed(() => likeQuery(q))
      likeSamples.push(ms)
      likeTotals.set(q, result.totalDocs)
    }
  }
  let failed = false
  for (const [q, twin] of QUERIES) {
    const p = perQuery.get(q)!
    console.log(`  ${JSON.stringify(q).padEnd(20)} hits ${String(totals.get(q)).padStart(6)}${topHasPhrase.get(q) ? '' : ' (best hit lacks the phrase!)'}  p50 ${percentile(p, 50).toFixed(2)} ms p95 ${percentile(p, 95).toFixed(2)} ms   like: hits ${String(likeTotals.get(q)).padStart(6)}`)
    if (twin !== null && !totals.get(q)) {
      console.error(`FAIL: unaccented query ${JSON.stringify(q)} found nothing at ${size}`)
      failed = true
    }
    if (!topHasPhrase.get(q)) {
      console.error(`FAIL: the best hit for ${JSON.stringify(q)} does not contain it as a phrase at ${size}`)
      failed = true
    }
    if (twin !== null && totals.get(q)! < totals.get(twin)!) {
      console.error(`FAIL: unaccented query ${JSON.stringify(q)} found ${totals.get(q)}, fewer than ${JSON.stringify(twin)} (${totals.get(twin)})`)
      failed = true
    }
  }
  if (![...totals.values()].every((n) => n > 0)) {
    console.error(`FAIL: some query found nothing at ${size}`)
    failed = true
  }
  if (failed) process.exit(1)
  {
    // where the time goes: the in-memory ranking, and reading the page's entries
    const { parseQuery } = await import('../src/lib/search/tokenize')
    const parts: number[] = []
    const fetches: number[] = []
    for (let r = 0; r < 20; r++) for (const [q] of QUERIES) {
      const query = parseQuery(q)
      const [ms, result] = await timed(async () => index.search(query, {}, 0, 10))
      parts.push(ms)
      const keys = result.hits.map((h) => h.key)
      const [fetchMs] = await timed(() => payload.find({ collection: SEARCH_ENTRIES, where: { key: { in: keys } }, limit: keys.length, pagination: false, depth: 0, overrideAccess: true, select: { key: true, kind: true, docId: true, title: true, url: true, unitName: true, publishedAt: true, lead: true, text: true, removed: true } } as never))
      fetches.push(fetchMs)
    }
    console.log(`  parts: index.search p50 ${percentile(parts, 50).toFixed(2)} p95 ${percentile(parts, 95).toFixed(2)}; page fetch p50 ${percentile(fetches, 50).toFixed(2)} p95 ${percentile(fetches, 95).toFixed(2)}`)
  }
  console.log(`  all queries: p50 ${percentile(samples, 50).toFixed(2)} ms p95 ${percentile(samples, 95).toFixed(2)} ms; like: p50 ${percentile(likeSamples, 50).toFixed(2)} ms p95 ${percentile(likeSamples, 95).toFixed(2)} ms`)
  return { samples, likeSamples, memory: after - before }
}

const t0 = Date.now()
await generate(0, 10_000)
console.log(`generated 10,000 entries in ${((Date.now() - t0) / 1000).toFixed(1)} s (${sentences.length} seed sentences)`)
const small = await measure(10_000, 60, 3)
const t1 = Date.now()
await generate(10_000, 100_000)
console.log(`generated 90,000 more in ${((Date.now() - t1) / 1000).toFixed(1)} s`)
const large = await measure(100_000, 60, 2)

const p = (s: number[], q: number) => percentile(s, q)
console.log(benchLine('search-p50-10k', p(small.samples, 50), p(small.likeSamples, 50), 'ms', 'report'))
console.log(benchLine('search-p95-10k', p(small.samples, 95), p(small.likeSamples, 95), 'ms', 'report'))
console.log(benchLine('search-p50-100k', p(large.samples, 50), p(large.likeSamples, 50), 'ms', 'report'))
console.log(benchLine('search-p95-100k', p(large.samples, 95), p(large.likeSamples, 95), 'ms', 'p95 ≤15 ms'))
console.log(benchLine('search-growth-p50', p(large.samples, 50), p(small.samples, 50), 'ms', '≤1.5'))
console.log(benchLine('search-growth-p95', p(large.samples, 95), p(small.samples, 95), 'ms', '≤1.5'))
console.log(benchLine('search-index-memory-100k', large.memory / 2 ** 20, textBytes / 2 ** 20, 'MB', 'report; floor = the text indexed'))
await payload.destroy()
fs.rmSync(work, { recursive: true, force: true })
process.exit(0)
