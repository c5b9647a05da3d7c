/**
 * A cached report page against a static file, on one production server (`npm run build`, then
 * dist/serve.mjs as `npm start` runs it), at 32 connections with autocannon; then the same two
 * on two server processes of one database, as two replicas behind a load balancer, each
 * following the invalidation log (src/invalidation), autocannon spreading its connections
 * over both in turn. The static file is
 * a byte-for-byte copy of the report page's HTML placed in public/, so both answers carry the
 * same bytes. Runs alternate between the two (static, page, static, page...) so that other
 * load on the machine falls on both alike; each figure is the median of its runs. The page is
 * answered by the server's copy of Next's cached page (src/lib/site/pageCache.ts); a last
 * start with PAGE_CACHE=off measures Next's own cache alone, for comparison.
 *
 * Goal: the page's throughput at least 0.4× the static file's, and its p99 at most 100 ms.
 */
import fs from 'node:fs'
import path from 'node:path'
import autocannon from 'autocannon'
import { buildSite, prepareDatabase, removeSite, siteEnvironment, startSite } from '../tests/support/productionServer'
import { benchLine } from './stats'

const ROUNDS = Number(process.env.BENCH_ROUNDS || 3)
const SECONDS = Number(process.env.BENCH_SECONDS || 8)
const staticDir = path.resolve('public/bench')
const staticFile = path.join(staticDir, 'report-copy.html')

type Run = { rps: number; p99: number; p50: number; errors: number; non2xx: number }

async function load(url: string | string[], seconds: number, headers?: Record<string, string>): Promise<Run> {
  const result = await autocannon({ url, connections: 32, duration: seconds, pipelining: 1, headers })
  return { rps: result.requests.average, p99: result.latency.p99, p50: result.latency.p50, errors: result.errors + result.timeouts, non2xx: result.non2xx }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const site = siteEnvironment()
let server: Awaited<ReturnType<typeof startSite>> | undefined
try {
  console.log('building (next build into .next-site)…')
  buildSite(site)
  console.log('preparing the database…')
  const fixtures = prepareDatabase(site)
  const reportPath = fixtures.reports.main.path

  // First start: render the report once and keep its HTML as the static file.
  server = await startSite(site)
  await fetch(`${server.url}${reportPath}`)
  const page = await fetch(`${server.url}${reportPath}`)
  if (page.headers.get('x-nextjs-cache') !== 'HIT') throw new Error(`the report page is not cached (x-nextjs-cache: ${page.headers.get('x-nextjs-cache')})`)
  const html = await page.text()
  await server.stop()
  fs.mkdirSync(staticDir, { recursive: true })
  fs.writeFileSync(staticFile, html)

  // Second start: public/ is read when the server starts.
  server = await startSite(site)
  const pageUrl = `${server.url}${reportPath}`
  const staticUrl = `${server.url}/bench/report-copy.html`
  const check = await fetch(staticUrl)
  if (check.status !== 200 || (await check.text()).length !== html.length) throw new Error('the static copy is not served')
  await load(pageUrl, 3) // warm up: the page back into memory, JIT, sockets
  await load(staticUrl, 3)
  if ((await fetch(pageUrl, { headers: { 'accept-encoding': 'identity' } })).headers.get('x-page-cache') !== 'HIT') throw new Error('the report page is not answered from the server\'s copy')

  const runs: { page: Run[]; static: Run[] } = { page: [], static: [] }
  for (let round = 0; round < ROUNDS; round++) {
    runs.static.push(await load(staticUrl, SECONDS))
    runs.page.push(await load(pageUrl, SECONDS))
    const [s, p] = [runs.static.at(-1)!, runs.page.at(-1)!]
    console.log(`round ${round + 1}: static ${s.rps.toFixed(0)} req/s p99 ${s.p99} ms; page ${p.rps.toFixed(0)} req/s p99 ${p.p99} ms`)
  }
  const bad = [...runs.page, ...runs.static].filter((r) => r.errors || r.non2xx)
  if (bad.length) throw new Error(`errors or non-2xx answers during the runs: ${JSON.stringify(bad)}`)
  const favicon = await load(`${server.url}/favicon.svg`, SECONDS)
  // Browsers ask for gzip, and Next compresses every answer anew: what a reader without a
  // compressing proxy in front gets (both compressed, for information; the goal is judged on
  // the plain answers above, where Next's own work per request is not hidden by gzip).
  const gzip = { 'accept-encoding': 'gzip' }
  const gz: { page: Run[]; static: Run[] } = { page: [], static: [] }
  for (let round = 0; round < 2; round++) {
    gz.static.push(await load(staticUrl, SECONDS, gzip))
    gz.page.push(await load(pageUrl, SECONDS, gzip))
  }
  const [staticGzip, pageGzip] = [gz.static, gz.page].map((runs) => ({ rps: median(runs.map((r) => r.rps)), p99: median(runs.map((r) => r.p99)) }))

  // Two replicas: a second process on the same database, the invalidation follower running in
  // both (every 500 ms a read of the log), autocannon's connections spread over the two in turn
  const second = await startSite(site)
  const both = (p: string) => [server!.url, second.url].map((origin) => `${origin}${p}`)
  const pairs: { page: Run[]; static: Run[] } = { page: [], static: [] }
  try {
    // as autocannon asks (no Accept-Encoding): the copies are kept per encoding
    for (let i = 0; i < 3; i++) await fetch(`${second.url}${reportPath}`, { headers: { 'accept-encoding': 'identity' } }).then((r) => r.text())
    if ((await fetch(`${second.url}${reportPath}`, { headers: { 'accept-encoding': 'identity' } })).headers.get('x-page-cache') !== 'HIT') throw new Error('the second process does not answer from its copy')
    await load(both(reportPath), 3)
    await load(both('/bench/report-copy.html'), 3)
    for (let round = 0; round < ROUNDS; round++) {
      pairs.static.push(await load(both('/bench/report-copy.html'), SECONDS))
      pairs.page.push(await load(both(reportPath), SECONDS))
      const [s, p] = [pairs.static.at(-1)!, pairs.page.at(-1)!]
      console.log(`two processes, round ${round + 1}: static ${s.rps.toFixed(0)} req/s p99 ${s.p99} ms; page ${p.rps.toFixed(0)} req/s p99 ${p.p99} ms`)
    }
    const twoBad = [...pairs.page, ...pairs.static].filter((r) => r.errors || r.non2xx)
    if (twoBad.length) throw new Error(`errors or non-2xx answers on two processes: ${JSON.stringify(twoBad)}`)
  } finally {
    await second.stop()
  }

  // Next's own cache alone: the same page on a server started without the copies
  await server.stop()
  server = await startSite({ ...site, env: { ...site.env, PAGE_CACHE: 'off' } })
  const nextOnlyUrl = `${server.url}${reportPath}`
  await load(nextOnlyUrl, 3)
  const nextOnly: Run[] = []
  for (let round = 0; round < ROUNDS; round++) nextOnly.push(await load(nextOnlyUrl, SECONDS))
  if ((await fetch(nextOnlyUrl, { headers: { 'accept-encoding': 'identity' } })).headers.get('x-page-cache')) throw new Error('PAGE_CACHE=off still answered from the copies')

  const pageRps = median(runs.page.map((r) => r.rps))
  const staticRps = median(runs.static.map((r) => r.rps))
  const pageP99 = median(runs.page.map((r) => r.p99))
  const staticP99 = median(runs.static.map((r) => r.p99))
  console.log(`report page ${Buffer.byteLength(html)} bytes at ${reportPath}; cached (x-nextjs-cache: HIT), 32 connections, ${ROUNDS}×${SECONDS} s each`)
  console.log(`for reference, a 270-byte static file (/favicon.svg): ${favicon.rps.toFixed(0)} req/s, p99 ${favicon.p99} ms`)
  console.log(`with Accept-Encoding: gzip (compressed per request by Next): page ${pageGzip.rps.toFixed(0)} req/s p99 ${pageGzip.p99} ms, static ${staticGzip.rps.toFixed(0)} req/s p99 ${staticGzip.p99} ms`)
  console.log(`page p99 ${pageP99} ms (goal ≤ 100 ms: ${pageP99 <= 100 ? 'met' : 'not met'}), p50 ${median(runs.page.map((r) => r.p50))} ms`)
  console.log(benchLine('site', pageRps, staticRps, 'req/s', '≥0.4'))
  console.log(benchLine('site-p99', pageP99, staticP99, 'ms', 'page p99 ≤100 ms'))
  console.log(benchLine('site-two-processes', median(pairs.page.map((r) => r.rps)), median(pairs.static.map((r) => r.rps)), 'req/s', '≥0.4: two processes, one database, invalidation followers running'))
  console.log(benchLine('site-two-processes-p99', median(pairs.page.map((r) => r.p99)), median(pairs.static.map((r) => r.p99)), 'ms', 'page p99 ≤100 ms'))
  console.log(benchLine('site-next-cache-only', median(nextOnly.map((r) => r.rps)), staticRps, 'req/s', 'for information: PAGE_CACHE=off, Next\'s ISR cache alone'))
  console.log(benchLine('site-gzip', pageGzip.rps, staticGzip.rps, 'req/s', '≥0.4, for information: both compressed per request'))
} finally {
  await server?.stop()
  fs.rmSync(staticDir, { recursive: true, force: true })
  removeSite(site)
}
