/**
 * `bench abuse` (issue 13, part 1): the home page's p99 under 200 anonymous connections, alone
 * and while 4 clients loop the heaviest list request an anonymous caller is allowed, on the
 * production server (`npm run build`, dist/serve.mjs as `npm start` runs it) with a few thousand
 * reports. Before the caps one `GET /api/reports?limit=100000&depth=10` on 3,011 reports took
 * 23–75 s and 1.4 GB, and four at once held the home page for 105 s.
 *
 * The heavy clients ask for the whole cap (limit=100, depth=1 and beyond: the caps apply) and
 * walk the pages, so no two requests in a row are the same; the heaviest of the candidate
 * requests (REST reports, REST officials with their joined reports, the GraphQL list) is the one
 * looped. The per-address rate limit is off for the measurement (RATE_LIMIT_API_PER_MIN=0): the
 * caps and the server's line for anonymous API requests (one at a time, a pause after each:
 * src/server/apiGuard.ts) must hold alone, as against many addresses. For comparison, one round
 * without the line, and one with the production rate limit (one address). Rounds alternate
 * (alone, loaded) so other load on the machine falls on both; each figure is the median of its
 * rounds.
 *
 * Goal: loaded p99 ≤ 2× alone.
 */
import fs from 'node:fs'
import path from 'node:path'
import { createClient, type Client } from '@libsql/client'
import autocannon from 'autocannon'
import { buildSite, prepareDatabase, removeSite, siteEnvironment, startSite, type RunningServer } from '../tests/support/productionServer'
import { ANONYMOUS_CAPS } from '../src/lib/api/readLimits'
import { benchLine } from './stats'

const ROUNDS = Number(process.env.BENCH_ROUNDS || 3)
const SECONDS = Number(process.env.BENCH_SECONDS || 10)
const REPORTS = Number(process.env.BENCH_REPORTS || 3000)
const HOME_CONNECTIONS = 200
const HEAVY_CLIENTS = 4
const DIST_DIR = '.next-bench-abuse'
// BENCH_KEEP_BUILD=1: build once, keep it, and reuse it on the next run (while changing the bench itself)
const KEEP_BUILD = process.env.BENCH_KEEP_BUILD === '1'

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

type Heavy = { name: string; path: (i: number) => string; method?: string; body?: (i: number) => string }

/** Copies the published reports (their relations and photo rows too) until there are `target`. */
async function multiplyReports(db: Client, target: number): Promise<number> {
  const columns = async (table: string) => (await db.execute(`PRAGMA table_info("${table}")`)).rows.map((r) => String(r.name))
  const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(', ')
  const reportColumns = (await columns('reports')).filter((c) => c !== 'id')
  const children = (await db.execute(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'reports\\_%' ESCAPE '\\'`)).rows.map((r) => String(r.name))
  const childCopies: string[] = []
  for (const table of children) {
    const cols = await columns(table)
    const link = cols.includes('parent_id') ? 'parent_id' : cols.includes('_parent_id') ? '_parent_id' : null
    if (!link) continue
    const rest = cols.filter((c) => c !== link && !(c === 'id' && link === 'parent_id'))
    const values = rest.map((c) => (c === 'id' ? 'lower(hex(randomblob(12)))' : `"${c}"`))
    childCopies.push(`INSERT INTO "${table}" (${quoted([...rest, link])}) SELECT ${values.join(', ')}, (SELECT max(id) FROM reports) FROM "${table}" WHERE "${link}" = ?`)
  }
  const sources = (await db.execute(`SELECT id FROM reports WHERE _status = 'published' ORDER BY id`)).rows.map((r) => Number(r.id))
  let count = sources.length
  for (let copy = 1; count < target; copy++) {
    const statements = []
    for (const source of sources) {
      if (count >= target) break
      // a slug of its own (unique in its unit), a date of its own (the lists' order)
      const values = reportColumns.map((c) => (c === 'slug' ? `"slug" || '-${copy}'` : c === 'published_at' ? `strftime('%Y-%m-%dT%H:%M:%fZ', "published_at", '-${copy} days')` : `"${c}"`))
      statements.push({ sql: `INSERT INTO reports (${quoted(reportColumns)}) SELECT ${values.join(', ')} FROM reports WHERE id = ?`, args: [source] })
      for (const sql of childCopies) statements.push({ sql, args: [source] })
      count++
    }
    await db.batch(statements, 'write')
  }
  return count
}

async function timeOnce(server: RunningServer, heavy: Heavy, i: number): Promise<{ ms: number; bytes: number; status: number }> {
  const start = performance.now()
  const response = await fetch(`${server.url}${heavy.path(i)}`, heavy.body ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: heavy.body(i) } : {})
  const bytes = (await response.arrayBuffer()).byteLength
  return { ms: performance.now() - start, bytes, status: response.status }
}

type Run = { p99: number; p50: number; max: number; rps: number; bad: number }
const summary = (r: Awaited<ReturnType<typeof autocannon>>): Run => ({ p99: r.latency.p99, p50: r.latency.p50, max: r.latency.max, rps: r.requests.average, bad: r.errors + r.timeouts + r.non2xx })

async function homeAlone(url: string): Promise<Run> {
  return summary(await autocannon({ url, connections: HOME_CONNECTIONS, duration: SECONDS }))
}

/** The home page under load while the heavy clients loop; returns both. */
async function homeLoaded(server: RunningServer, heavy: Heavy): Promise<{ home: Run; heavy: { ok: number; refused: number; p50: number } }> {
  let i = 0
  const heavyRun = autocannon({
    url: server.url,
    connections: HEAVY_CLIENTS,
    duration: SECONDS + 2,
    timeout: 120,
    requests: [
      {
        setupRequest: (request) => {
          const n = i++
          return heavy.body ? { ...request, method: 'POST', path: heavy.path(n), headers: { 'content-type': 'application/json' }, body: heavy.body(n) } : { ...request, path: heavy.path(n) }
        },
      },
    ],
  })
  await new Promise((r) => setTimeout(r, 1000)) // the heavy requests under way first
  const home = summary(await autocannon({ url: `${server.url}/`, connections: HOME_CONNECTIONS, duration: SECONDS }))
  const done = await heavyRun
  return { home, heavy: { ok: done['2xx'], refused: done.non2xx, p50: done.latency.p50 } }
}

const site = siteEnvironment()
site.env.NEXT_DIST_DIR = DIST_DIR
site.env.RATE_LIMIT_API_PER_MIN = '0'
let server: RunningServer | undefined
const t0 = Date.now()
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(0)} s`
try {
  if (KEEP_BUILD && fs.existsSync(path.join(DIST_DIR, 'BUILD_ID')) && fs.existsSync('dist/serve.mjs')) console.log(`reusing the build in ${DIST_DIR}`)
  else {
    console.log(`building (next build into ${DIST_DIR})…`)
    buildSite(site)
  }
  console.log(`preparing the database… (${elapsed()})`)
  prepareDatabase(site)
  const db = createClient({ url: site.env.DATABASE_URI! })
  const published = await multiplyReports(db, REPORTS)
  db.close()
  console.log(`${published} published reports (${elapsed()})`)

  server = await startSite(site)
  const cap = ANONYMOUS_CAPS.limit
  const pages = Math.max(1, Math.floor(published / cap))
  const candidates: Heavy[] = [
    { name: `GET /api/reports?limit=${cap}&depth=${ANONYMOUS_CAPS.depth}&page=N`, path: (i) => `/api/reports?limit=${cap}&depth=${ANONYMOUS_CAPS.depth}&page=${1 + (i % pages)}` },
    // beyond the caps: answered as limit=100&depth=1
    { name: 'GET /api/reports?limit=100000&depth=10&page=N', path: (i) => `/api/reports?limit=100000&depth=10&page=${1 + (i % pages)}` },
    { name: `GET /api/officials?limit=${cap}&depth=${ANONYMOUS_CAPS.depth} (joined reports)`, path: () => `/api/officials?limit=${cap}&depth=${ANONYMOUS_CAPS.depth}` },
    {
      name: `POST /api/graphql Reports(limit: ${cap}, page: N) with every relation`,
      path: () => '/api/graphql',
      body: (i) => JSON.stringify({ query: `{ Reports(limit: ${cap}, page: ${1 + (i % pages)}) { docs { id title lead body slug publishedAt byline source unit { name slug } category { name } featuredImage { url alt caption } gallery { photo { url alt } caption } officials { fullName } campaigns { name } models { name } legalDocuments { number } } } }` }),
    },
  ]
  const home = `${server.url}/`
  // as autocannon asks (no Accept-Encoding): rendered, then Next's cached copy kept, then the copy
  for (let i = 0; i < 2; i++) await fetch(home, { headers: { 'accept-encoding': 'identity' } })
  if ((await fetch(home, { headers: { 'accept-encoding': 'identity' } })).headers.get('x-page-cache') !== 'HIT') console.warn('note: the home page is not answered from the page cache')
  let heaviest = candidates[0]
  let heaviestMs = 0
  for (const candidate of candidates) {
    await timeOnce(server, candidate, 0) // warm
    const runs = [await timeOnce(server, candidate, 1), await timeOnce(server, candidate, 2), await timeOnce(server, candidate, 3)]
    const ms = median(runs.map((r) => r.ms))
    console.log(`${candidate.name}: ${runs.map((r) => r.status).join('/')} ${ms.toFixed(0)} ms, ${(runs[0].bytes / 1024).toFixed(0)} kB`)
    if (runs.every((r) => r.status === 200) && ms > heaviestMs) [heaviest, heaviestMs] = [candidate, ms]
  }
  console.log(`looped by ${HEAVY_CLIENTS} clients: ${heaviest.name}`)

  await homeAlone(home) // warm up: JIT, sockets
  const alone: Run[] = []
  const loaded: Run[] = []
  for (let round = 0; round < ROUNDS; round++) {
    alone.push(await homeAlone(home))
    const { home: h, heavy } = await homeLoaded(server, heaviest)
    loaded.push(h)
    const a = alone.at(-1)!
    console.log(`round ${round + 1}: alone p99 ${a.p99} ms (${a.rps.toFixed(0)} req/s); loaded p99 ${h.p99} ms, max ${h.max} ms (${h.rps.toFixed(0)} req/s); heavy: ${heavy.ok} answered, p50 ${heavy.p50} ms`)
  }
  const bad = [...alone, ...loaded].filter((r) => r.bad)
  if (bad.length) throw new Error(`errors or non-2xx home page answers during the runs: ${JSON.stringify(bad)}`)

  // for comparison, one round each: without the one-at-a-time line; with the production rate limit (one address)
  const restart = async (env: Record<string, string>) => {
    await server!.stop()
    server = await startSite({ ...site, env: { ...site.env, ...env } })
    for (let i = 0; i < 2; i++) await fetch(`${server.url}/`, { headers: { 'accept-encoding': 'identity' } })
    await homeAlone(`${server.url}/`)
  }
  await restart({ RATE_LIMIT_API_CONCURRENCY: '0' })
  const ungated = await homeLoaded(server, heaviest)
  await restart({ RATE_LIMIT_API_PER_MIN: '' })
  const withLimit = await homeLoaded(server, heaviest)

  const loadedP99 = median(loaded.map((r) => r.p99))
  const aloneP99 = median(alone.map((r) => r.p99))
  console.log(`home page ${HOME_CONNECTIONS} connections, ${ROUNDS}×${SECONDS} s each; ${published} reports; ${HEAVY_CLIENTS} heavy clients`)
  console.log(`home page max latency while loaded: ${Math.max(...loaded.map((r) => r.max))} ms (issue 13: under a second)`)
  console.log(`without the one-at-a-time line (RATE_LIMIT_API_CONCURRENCY=0): home p99 ${ungated.home.p99} ms, ${ungated.home.rps.toFixed(0)} req/s, ${ungated.home.bad} failed; heavy ${ungated.heavy.ok} answered`)
  console.log(`with the production rate limit (one address): home p99 ${withLimit.home.p99} ms; heavy ${withLimit.heavy.ok} answered, ${withLimit.heavy.refused} refused (429)`)
  console.log(benchLine('abuse', loadedP99, aloneP99, 'ms', '≤2'))
} finally {
  await server?.stop()
  removeSite(site)
  if (!KEEP_BUILD) fs.rmSync(path.resolve(DIST_DIR), { recursive: true, force: true })
  console.log(`done in ${elapsed()}`)
}
