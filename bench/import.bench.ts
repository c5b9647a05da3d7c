/**
 * Importing 10,000 generated old-site pages (bench/importPages.ts) into a fresh SQLite
 * database, as `npm run import` does, beside a floor that creates
 * the same reports through the Local API with no parsing: the pages are parsed and their
 * officials, campaigns, models and documents created before the clock starts, so the floor
 * is the bare cost of writing the reports. Each side runs in its own process and database.
 * Goals: ≥100 pages/s, and ≤1.5× the floor's time.
 */
import '../src/lib/cli/keepAlive'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { freshWorkDir } from './workDir'

const COUNT = Number(process.env.BENCH_IMPORT_PAGES || 10_000)
const mode = process.env.BENCH_IMPORT_MODE

if (!mode) {
  const self = fileURLToPath(import.meta.url)
  const run = (which: 'import' | 'floor') => {
    const child = spawnSync('npx', ['tsx', self], { env: { ...process.env, BENCH_IMPORT_MODE: which }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 })
    const line = child.stdout.split('\n').find((l) => l.startsWith('{'))
    if (child.status !== 0 || !line) throw new Error(`${which} run failed:\n${child.stdout}`)
    return JSON.parse(line) as { seconds: number; pages: number; created: number; failed: number; rssMB: number }
  }
  const floor = run('floor')
  const imported = run('import')
  const rate = imported.pages / imported.seconds
  const floorRate = floor.pages / floor.seconds
  console.log(`import: ${imported.created} created, ${imported.failed} failed of ${imported.pages} pages in ${imported.seconds.toFixed(1)} s (peak RSS ${imported.rssMB} MB); floor ${floor.pages} reports in ${floor.seconds.toFixed(1)} s (peak RSS ${floor.rssMB} MB)`)
  console.log(`bench import-rate: ${rate.toFixed(1)} pages/s, floor ${floorRate.toFixed(1)} pages/s, ratio ${(rate / floorRate).toFixed(2)} (goal ≥100 pages/s)`)
  console.log(`bench import-time: ${imported.seconds.toFixed(2)} s, floor ${floor.seconds.toFixed(2)} s, ratio ${(imported.seconds / floor.seconds).toFixed(2)} (goal ≤1.5)`)
  process.exit(imported.failed > 0 ? 1 : 0)
}

freshWorkDir(`import-${mode}`, { JOBS_AUTORUN: 'false', LOG_LEVEL: 'error' })

const { default: config } = await import('../payload.config')
const { getPayload } = await import('payload')
const { generatePages } = await import('./importPages')
const { runImport } = await import('../src/import/runImport')
const payload = await getPayload({ config })
const pages = generatePages(COUNT).map((p) => ({ name: p.name, bytes: new TextEncoder().encode(p.text) }))
const peakMB = () => Math.round(process.resourceUsage().maxRSS / 1024)

if (mode === 'import') {
  const started = performance.now()
  const summary = await runImport(payload, pages, { status: 'published' })
  const seconds = (performance.now() - started) / 1000
  for (const f of summary.results.filter((r) => r.action === 'failed').slice(0, 5)) console.error(f)
  console.log(JSON.stringify({ seconds, pages: pages.length, created: summary.created + summary.updated, failed: summary.failed, rssMB: peakMB() }))
} else {
  // the same reports, parsed and their entities made beforehand: only the creates are timed
  const { readPage } = await import('../src/lib/import/readPage')
  const { pickUnit } = await import('../src/import/importPage')
  const { EntityCache, resolveOfficial, resolveCampaign, resolveModel, resolveLegalDocument } = await import('../src/import/resolveEntities')
  const { settingOfUnit } = await import('../src/lib/organisations/titleOrganisation')
  const { toLexical } = await import('../src/lib/import/toLexical')
  const { sourceFingerprint } = await import('../src/lib/import/fingerprint')
  const { slugWithSuffix } = await import('../src/lib/text/slugify')
  const units = (await payload.find({ collection: 'units', limit: 100, depth: 0 })).docs.map((u) => ({ ...u, slug: u.slug ?? String(u.id) }))
  const parsed = pages.map((p) => readPage(p.bytes, p.name))
  const unitOf = parsed.map((page) => pickUnit(page, { units }))
  // the importer's own entity code makes every official, campaign, model and document first;
  // the timed creates then link them by name
  const cache = new EntityCache()
  const ids = new Map<string, (string | number)[]>()
  const refs = async (kind: 'officials' | 'campaigns' | 'models' | 'legal-documents', names: string[]) => {
    const key = `${kind}|${names.join('|')}`
    if (!ids.has(key)) {
      const field = kind === 'officials' ? 'fullName' : kind === 'legal-documents' ? 'number' : 'name'
      const { docs } = await payload.find({ collection: kind, where: { [field]: { in: names } }, depth: 0, limit: 100, pagination: false })
      ids.set(key, docs.map((d) => d.id))
    }
    return ids.get(key)!
  }
  for (const [i, page] of parsed.entries()) {
    const unit = unitOf[i]
    const ctx = { payload, req: { payload, context: {} } as never, date: page.publishedAt, unitId: unit.id, setting: settingOfUnit(unit), source: page.title, notes: [], cache }
    for (const m of page.officials) await resolveOfficial(ctx, m)
    for (const m of page.campaigns) await resolveCampaign(ctx, m)
    for (const m of page.models) await resolveModel(ctx, m, unit.slug)
    for (const m of page.legalDocuments) await resolveLegalDocument(ctx, m)
  }
  const data = []
  for (const [i, page] of parsed.entries()) {
    const unit = unitOf[i]
    data.push({
      title: page.title,
      slug: slugWithSuffix(page.title, String(i)),
      generateSlug: false,
      lead: page.lead,
      body: toLexical(page.body),
      gallery: page.captions.map((caption) => ({ caption })),
      officials: await refs('officials', page.officials.map((o) => o.name)),
      campaigns: await refs('campaigns', page.campaigns.map((c) => c.name)),
      models: await refs('models', page.models.map((m) => m.name)),
      legalDocuments: await refs('legal-documents', page.legalDocuments.map((d) => d.number)),
      unit: unit.id,
      publishedAt: page.publishedAt,
      dateApproximate: page.dateApproximate,
      byline: page.byline,
      source: page.source,
      titleNeedsReview: page.titleDerived,
      sourceFingerprint: sourceFingerprint(page, unit.id),
      _status: 'published',
      workflowState: 'published',
    })
  }
  const started = performance.now()
  for (const doc of data) await payload.create({ collection: 'reports', data: doc as never, depth: 0, draft: false })
  const seconds = (performance.now() - started) / 1000
  console.log(JSON.stringify({ seconds, pages: data.length, created: data.length, failed: 0, rssMB: peakMB() }))
}
process.exit(0)
