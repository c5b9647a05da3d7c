/**
 * The admin's speed for an editor of a board with 10,000 reports, on the production server
 * (`npm run build` into .next-bench-admin, then dist/serve.mjs as `npm start` runs it):
 * "Việc của tôi" (/admin, src/components/admin/MyWorkView.tsx), the reports list
 * (/admin/collections/reports) and a report's editor (/admin/collections/reports/ID), each
 * beside the same Payload page of a plain collection with 10,000 documents
 * (collections/BenchFloor, present only with BENCH_FLOOR_COLLECTION=true): its list and its
 * edit view. The dashboard has no Payload twin (ours replaces Payload's, which queries nothing
 * and would be no floor for a page that reads reports): its floor is the plain collection's
 * list, Payload's own page that reads a collection of that size and draws it as a table.
 *
 * Two figures per page, median and p95, page and floor alternating so other load on the
 * machine falls on both alike:
 *  - server: the whole HTML answer of a GET with the editor's cookie (30 each after warm-up);
 *  - browser: Chromium (warm cache, as an editor going from page to page) from navigation to
 *    the load event and the selector that means the page is there (10 each).
 * Goal: ≤1.5× the floor. Beside the server's wall times, its mean CPU time per answer (from
 * /proc), which other work on the machine disturbs much less.
 *
 * BENCH_REUSE_BUILD=1 skips the build when .next-bench-admin exists (while iterating on data
 * or measurement; any change to the app needs a new build).
 */
import '../src/lib/cli/keepAlive'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { buildSite, startSite, type RunningServer, type SiteEnvironment } from '../tests/support/productionServer'
import { launchChromium } from '../tests/e2e/browser'
import { benchLine, percentile } from './stats'
import { freshWorkDir } from './workDir'

const REPORTS = 10_000
const SERVER_SAMPLES = Number(process.env.BENCH_SAMPLES || 30)
const BROWSER_SAMPLES = Number(process.env.BENCH_BROWSER_SAMPLES || 10)
const DIST_DIR = '.next-bench-admin'
const EDITOR = { email: 'bientap.hanoi@example.vn', password: 'bench-editor-password-1' }

const work = freshWorkDir('admin', { BENCH_FLOOR_COLLECTION: 'true', JOBS_AUTORUN: 'false', LOG_LEVEL: 'warn' })
const site: SiteEnvironment = {
  root: work,
  adminEmail: EDITOR.email,
  adminPassword: EDITOR.password,
  env: {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: DIST_DIR,
    SITE_URL: 'http://localhost:3000',
    // the job runner's polls would fall on either side at random
    JOBS_AUTORUN: 'false',
    // a benchmark measures the build; `npm run typecheck` checks it (next.config.ts)
    NEXT_BUILD_SKIP_TYPECHECK: '1',
  },
}
for (const name of ['VITEST', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'SEED_REPORTS']) delete site.env[name]

const t0 = Date.now()
if (process.env.BENCH_REUSE_BUILD === '1' && fs.existsSync(path.join(DIST_DIR, 'BUILD_ID'))) console.log(`reusing ${DIST_DIR}`)
else {
  console.log(`building (next build into ${DIST_DIR})…`)
  buildSite(site)
  console.log(`built in ${((Date.now() - t0) / 1000).toFixed(0)} s`)
}

// ---- the database: schema pushed by a non-production Payload in this process, then 10k of each
const t1 = Date.now()
const fixtures = await seed()
console.log(`seeded ${REPORTS} reports and ${REPORTS} plain documents in ${((Date.now() - t1) / 1000).toFixed(1)} s`)

type Seeded = { reportId: number; floorId: number }

async function seed(): Promise<Seeded> {
  const { default: config } = await import('../payload.config')
  const { getPayload } = await import('payload')
  const { sql } = await import('@payloadcms/db-sqlite')
  const payload = await getPayload({ config })
  const db = payload.db as unknown as { drizzle: { run(q: unknown): Promise<unknown>; all(q: unknown): Promise<Record<string, unknown>[]> } }
  const run = (text: string) => db.drizzle.run(sql.raw(text))

  const haNoi = (await payload.find({ collection: 'units', where: { name: { equals: 'Ban Dân vận Thành ủy Hà Nội' } }, limit: 1, depth: 0 })).docs[0]
  const categories = (await payload.find({ collection: 'categories', limit: 100, depth: 0 })).docs.map((c) => c.id)
  // the first account becomes the administrator (collections/Users/hooks/firstUserIsAdmin)
  await payload.create({ collection: 'users', data: { email: 'quantri@example.vn', password: 'bench-admin-password-1', name: 'Quản trị hệ thống', roles: ['admin'] } })
  const editor = await payload.create({ collection: 'users', data: { ...EDITOR, name: 'Nguyễn Thị Biên Tập', roles: ['editor'], units: [haNoi.id] } })
  const contributors = await Promise.all(
    ['Trần Văn Phóng', 'Lê Thị Viên', 'Phạm Huy Kiên'].map((name, i) =>
      payload.create({ collection: 'users', data: { email: `ctv${i}.hanoi@example.vn`, password: `bench-contributor-${i}`, name, roles: ['contributor'], units: [haNoi.id] } }),
    ),
  )
  const authors = [editor.id, ...contributors.map((c) => c.id)]

  const WORDS = 'công tác dân vận hội nghị sơ kết tổng kết phong trào thi đua dân vận khéo năm dân vận chính quyền quy chế dân chủ ở cơ sở mặt trận tổ quốc đoàn thể nhân dân thành ủy quận huyện xã phường thị trấn'.split(' ')
  let state = 42
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
  const words = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ')
  const esc = (s: string | null) => (s === null ? 'NULL' : `'${s.replace(/'/g, "''")}'`)
  const paragraphs = (texts: string[]) =>
    JSON.stringify({
      root: {
        type: 'root', direction: 'ltr', format: '', indent: 0, version: 1,
        children: texts.map((text) => ({ type: 'paragraph', direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0, children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] })),
      },
    })

  // The report the editor opens, made through the Local API like any other: a submitted
  // report of a contributor with an official, a campaign and a thread of comments.
  const official = await payload.create({ collection: 'officials', data: { fullName: 'Nguyễn Doãn Toản', positions: [{ title: 'Trưởng Ban Dân vận Thành ủy Hà Nội', start: '2020-10-01' }] } })
  const campaign = await payload.create({ collection: 'campaigns', data: { name: 'Phong trào thi đua "Dân vận khéo"', slug: 'phong-trao-thi-dua-dan-van-kheo', kind: 'emulation', scope: 'national', start: '2009-01-01' } })
  const target = await payload.create({
    collection: 'reports',
    draft: true,
    data: {
      title: 'Hà Nội: Sơ kết phong trào thi đua "Dân vận khéo" 6 tháng đầu năm',
      lead: 'Ban Dân vận Thành ủy Hà Nội tổ chức hội nghị sơ kết phong trào thi đua "Dân vận khéo" 6 tháng đầu năm, biểu dương các mô hình tiêu biểu.',
      body: JSON.parse(paragraphs([words(60), words(80), words(70), words(50)])),
      unit: haNoi.id,
      category: categories[0],
      publishedAt: '2026-06-21T03:30:00.000Z',
      byline: 'Phạm Huy Kiên',
      officials: [official.id],
      campaigns: [campaign.id],
      workflowState: 'submitted',
      createdBy: contributors[2].id,
    },
  })
  for (const text of ['Đề nghị bổ sung số liệu mô hình.', 'Ảnh đại diện cần chú thích.', 'Đã sửa, mời biên tập lại.'])
    await payload.create({ collection: 'report-comments', data: { report: target.id, text, author: editor.id, unit: haNoi.id } })
  // and its history: sent, returned with a comment, sent again (as the workflow records it)
  const steps = [
    { action: 'submit', from: 'draft', to: 'submitted', user: contributors[2].id },
    { action: 'return', from: 'submitted', to: 'draft', user: editor.id, comment: 'Đề nghị bổ sung số liệu mô hình.' },
    { action: 'submit', from: 'draft', to: 'submitted', user: contributors[2].id },
  ] as const
  for (const step of steps) await payload.create({ collection: 'report-transitions', data: { report: target.id, unit: haNoi.id, ...step } })

  // 10,000 reports of the board, straight into the tables (creates through Payload would take
  // many minutes): states as a busy board has them, each with an older and a latest version.
  const start = Date.parse('2018-01-01T00:00:00Z')
  const span = Date.parse('2026-11-01T00:00:00Z') - start
  const columns = 'title, lead, body, workflow_state, returned_comment, scheduled_action, scheduled_at, generate_slug, slug, unit_id, category_id, published_at, publishedat_tz, date_approximate, featured, byline, imported_view_count, title_needs_review, created_by_id, updated_at, created_at, _status'
  for (let i = 0; i < REPORTS - 1; i += 500) {
    const rows: string[] = []
    for (let j = i; j < Math.min(REPORTS - 1, i + 500); j++) {
      const r = random()
      const workflow = r < 0.85 ? 'published' : r < 0.92 ? 'draft' : r < 0.96 ? 'submitted' : r < 0.98 ? 'inApproval' : 'unpublished'
      const when = new Date(start + random() * span).toISOString()
      const returned = workflow === 'draft' && random() < 0.2 ? 'Cần bổ sung nguồn và ảnh.' : null
      const scheduled = workflow === 'inApproval' && random() < 0.1 ? new Date(Date.parse('2026-12-01T00:00:00Z') + random() * 30 * 86_400_000).toISOString() : null
      rows.push(
        [
          esc(`${words(9)} ${j}`), esc(words(35)), esc(paragraphs([words(60), words(80), words(70)])), esc(workflow), esc(returned), scheduled ? "'publish'" : 'NULL', esc(scheduled),
          1, esc(`bai-${j}`), haNoi.id, categories[j % categories.length], esc(when), "'Asia/Ho_Chi_Minh'", 0, random() < 0.02 ? 1 : 0, esc('Nhóm PV'), 0, 0,
          authors[j % 20 === 0 ? 0 : 1 + (j % 3)], esc(when), esc(when), esc(workflow === 'published' ? 'published' : 'draft'),
        ].join(', '),
      )
    }
    await run(`INSERT INTO reports (${columns}) VALUES ${rows.map((r) => `(${r})`).join(',')}`)
  }
  const versionColumns = columns.split(', ').map((c) => `version_${c}`)
  for (const latest of [0, 1])
    await run(
      `INSERT INTO _reports_v (parent_id, ${versionColumns.join(', ')}, created_at, updated_at, latest)
       SELECT id, ${columns.split(', ').map((c) => (c === 'title' && !latest ? "title || ' (bản trước)'" : c)).join(', ')}, created_at, updated_at, ${latest} FROM reports WHERE id <> ${target.id}`,
    )

  // the floor: a plain collection of the same size
  for (let i = 0; i < REPORTS; i += 500) {
    const rows: string[] = []
    for (let j = i; j < Math.min(REPORTS, i + 500); j++) {
      const when = new Date(start + random() * span).toISOString()
      rows.push(`(${esc(`${words(9)} ${j}`)}, ${esc(words(35))}, ${esc(when)}, ${esc(when)}, ${esc(when)})`)
    }
    await run(`INSERT INTO bench_floor (title, summary, date, updated_at, created_at) VALUES ${rows.join(',')}`)
  }
  // (not through payload.find: the floor collection is not in the generated types)
  const [counts] = await db.drizzle.all(sql.raw(`SELECT (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM _reports_v WHERE latest = 1) AS latest, (SELECT count(*) FROM bench_floor) AS floor, (SELECT min(id) FROM bench_floor) AS floorId`))
  console.log(`rows: ${JSON.stringify(counts)}`)
  await payload.destroy()
  return { reportId: Number(target.id), floorId: Number(counts.floorId) }
}

// ---- the production server
let server: RunningServer | undefined
let exitCode = 0
try {
  server = await startSite(site)
  const base = server.url
  const login = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(EDITOR) })
  const token = /payload-token=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1]
  if (login.status !== 200 || !token) throw new Error(`login failed: ${login.status} ${await login.text()}`)
  const cookie = `payload-token=${token}`

  type Page = { name: string; path: string; floor: string; expect: string; floorExpect: string; selector: string; floorSelector: string }
  const LIST_ROW = '.table tbody tr'
  const pages: Page[] = [
    { name: 'dashboard', path: '/admin', floor: '/admin/collections/bench-floor', expect: 'Chờ tôi biên tập', floorExpect: 'Bench notes', selector: '.my-work table tbody tr', floorSelector: LIST_ROW },
    { name: 'list', path: '/admin/collections/reports', floor: '/admin/collections/bench-floor', expect: 'Tin bài', floorExpect: 'Bench notes', selector: LIST_ROW, floorSelector: LIST_ROW },
    { name: 'edit', path: `/admin/collections/reports/${fixtures.reportId}`, floor: `/admin/collections/bench-floor/${fixtures.floorId}`, expect: 'Sơ kết phong trào thi đua', floorExpect: 'field-title', selector: '#field-title', floorSelector: '#field-title' },
  ]

  // The server's CPU time (user + system, all its threads) from /proc: on a machine others load,
  // wall time waits for the cores as well, CPU time much less.
  const tick = 1000 / (Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100)
  const serverCpuMs = () => {
    const stat = fs.readFileSync(`/proc/${server!.pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) * tick
  }

  const get = async (url: string, expect: string) => {
    const cpu = serverCpuMs()
    const started = performance.now()
    const response = await fetch(`${base}${url}`, { headers: { cookie, 'accept-language': 'vi' }, redirect: 'manual' })
    const html = await response.text()
    const ms = performance.now() - started
    if (response.status !== 200 || !html.includes(expect)) throw new Error(`GET ${url}: ${response.status}, ${html.length} bytes, "${expect}" ${html.includes(expect) ? 'found' : 'missing'}`)
    return { ms, cpu: serverCpuMs() - cpu, bytes: html.length }
  }

  const lines: string[] = []
  const summary = (label: string, page: number[], floor: number[]) => {
    const [p50, f50, p95, f95] = [percentile(page, 50), percentile(floor, 50), percentile(page, 95), percentile(floor, 95)]
    lines.push(benchLine(`${label}-p50`, p50, f50, 'ms', '≤1.5'), benchLine(`${label}-p95`, p95, f95, 'ms', '≤1.5'))
  }

  // 1. server: whole HTML answers
  for (const page of pages) {
    // warm up
    for (let i = 0; i < 5; i++) {
      await get(page.path, page.expect)
      await get(page.floor, page.floorExpect)
    }
    const ours: number[] = []
    const floor: number[] = []
    const cpu = [0, 0]
    let bytes = [0, 0]
    for (let i = 0; i < SERVER_SAMPLES; i++) {
      const a = await get(page.path, page.expect)
      const b = await get(page.floor, page.floorExpect)
      ours.push(a.ms)
      floor.push(b.ms)
      cpu[0] += a.cpu
      cpu[1] += b.cpu
      bytes = [a.bytes, b.bytes]
    }
    console.log(`server ${page.name}: ${page.path} p50 ${percentile(ours, 50).toFixed(0)} ms (${bytes[0]} bytes); floor ${page.floor} p50 ${percentile(floor, 50).toFixed(0)} ms (${bytes[1]} bytes)`)
    summary(`admin-${page.name}-server`, ours, floor)
    lines.push(benchLine(`admin-${page.name}-server-cpu`, cpu[0] / SERVER_SAMPLES, cpu[1] / SERVER_SAMPLES, 'ms', '≤1.5; the server\'s mean CPU time per answer, steadier than wall time under load'))
  }

  // 2. browser: navigation to a usable page
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1280, height: 900 } })
    await context.addCookies([{ name: 'payload-token', value: token, url: base }])
    const tab = await context.newPage()
    const load = async (url: string, selector: string) => {
      const started = performance.now()
      await tab.goto(`${base}${url}`, { waitUntil: 'load', timeout: 60_000 })
      await tab.waitForSelector(selector, { state: 'visible', timeout: 60_000 })
      return performance.now() - started
    }
    for (const page of pages) {
      for (let i = 0; i < 2; i++) {
        await load(page.path, page.selector)
        await load(page.floor, page.floorSelector)
      }
      const ours: number[] = []
      const floor: number[] = []
      for (let i = 0; i < BROWSER_SAMPLES; i++) {
        ours.push(await load(page.path, page.selector))
        floor.push(await load(page.floor, page.floorSelector))
      }
      console.log(`browser ${page.name}: p50 ${percentile(ours, 50).toFixed(0)} ms; floor p50 ${percentile(floor, 50).toFixed(0)} ms`)
      summary(`admin-${page.name}-browser`, ours, floor)
    }
    await tab.screenshot({ path: path.join(work, 'last.png') })
  } finally {
    await browser.close()
  }
  console.log(`total ${((Date.now() - t0) / 1000).toFixed(0)} s`)
  for (const line of lines) console.log(line)
} catch (error) {
  console.error(error)
  if (server) console.error(server.log().slice(-4000))
  exitCode = 1
} finally {
  await server?.stop()
  if (process.env.BENCH_KEEP !== '1') fs.rmSync(work, { recursive: true, force: true })
}
process.exit(exitCode)
