/**
 * "Nhập từ Word": a 20-page .docx with 10 photos of 12 MP imported as one draft report
 * (src/import/importWord.ts: checking the package, reading it, the media pipeline for each
 * photo, entities, the report), against the floor of the same work without the document: the
 * media pipeline alone on the same ten photos (Local API creates of media) plus the Local API
 * create of the same report, its body, photos and relations made beforehand. Each side runs in
 * its own process and SQLite database, the two alternating (BENCH_WORD_RUNS times, 5 by default: single runs of either side vary by a fifth here);
 * the fastest run of each side counts. Goals: ≤1.2× the floor, and the importing process's peak RSS under 600 MB.
 */
import '../src/lib/cli/keepAlive'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { SERVER_PROCESS_ENV } from '../src/lib/config/processEnv'
import { freshWorkDir } from './workDir'

const PHOTOS = 10
const MEGAPIXELS = 12
const RUNS = Number(process.env.BENCH_WORD_RUNS || 5)
const mode = process.env.BENCH_WORD_MODE
const shared = path.resolve('bench/.work/word-import-input')
const docxFile = path.join(shared, 'bao-cao-20-trang.docx')
const photoFile = (i: number) => path.join(shared, `anh-${i}.jpg`)

type Outcome = { seconds: number[]; cpuSeconds: number[]; rssMB: number; idleMB: number; photos: number; paragraphs: number }

if (!mode) {
  fs.rmSync(shared, { recursive: true, force: true })
  fs.mkdirSync(shared, { recursive: true })
  await makeInputs()
  const self = fileURLToPath(import.meta.url)
  const run = (which: 'import' | 'floor'): Outcome => {
    // both sides with the production server's process-wide settings, however the bench is started
    const child = spawnSync('npx', ['tsx', self], { env: { ...SERVER_PROCESS_ENV, ...process.env, BENCH_WORD_MODE: which }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 })
    const line = child.stdout.split('\n').find((l) => l.startsWith('{'))
    if (child.status !== 0 || !line) throw new Error(`${which} run failed:\n${child.stdout}`)
    return JSON.parse(line) as Outcome
  }
  // the two sides alternate, each run in a fresh process: load from other work falls on both
  const loadBefore = os.loadavg()
  const sides = { floor: [] as Outcome[], import: [] as Outcome[] }
  for (let i = 0; i < RUNS; i++) for (const which of ['floor', 'import'] as const) sides[which].push(run(which))
  const merge = (list: Outcome[]): Outcome => ({ seconds: list.flatMap((o) => o.seconds), cpuSeconds: list.flatMap((o) => o.cpuSeconds), rssMB: Math.max(...list.map((o) => o.rssMB)), idleMB: Math.max(...list.map((o) => o.idleMB)), photos: Math.min(...list.map((o) => o.photos)), paragraphs: list[0].paragraphs })
  const floor = merge(sides.floor)
  const imported = merge(sides.import)
  const best = (o: Outcome) => Math.min(...o.seconds)
  const cpu = (o: Outcome) => Math.min(...o.cpuSeconds)
  const load = (l: number[]) => l.map((n) => n.toFixed(2)).join(' ')
  console.log(`input: ${(fs.statSync(docxFile).size / 1e6).toFixed(1)} MB .docx, ${imported.paragraphs} paragraphs, ${imported.photos} photos of ${MEGAPIXELS} MP`)
  console.log(`word-import: ${imported.seconds.map((s) => s.toFixed(2)).join(' s, ')} s (peak RSS ${imported.rssMB} MB, ${imported.idleMB} MB before the import); floor ${floor.seconds.map((s) => s.toFixed(2)).join(' s, ')} s (peak RSS ${floor.rssMB} MB, ${floor.idleMB} MB before)`)
  // the process's CPU time (every thread: libvips, zlib, the database) moves less with other work than the clock
  console.log(`word-import CPU: ${imported.cpuSeconds.map((s) => s.toFixed(2)).join(' s, ')} s; floor ${floor.cpuSeconds.map((s) => s.toFixed(2)).join(' s, ')} s; ratio ${(cpu(imported) / cpu(floor)).toFixed(2)}; load average ${load(loadBefore)} before, ${load(os.loadavg())} after`)
  console.log(`bench word-import-time: ${best(imported).toFixed(2)} s, floor ${best(floor).toFixed(2)} s, ratio ${(best(imported) / best(floor)).toFixed(2)} (goal ≤1.2)`)
  console.log(`bench word-import-peak-rss: ${imported.rssMB} MB, floor ${floor.rssMB} MB, ratio ${(imported.rssMB / floor.rssMB).toFixed(2)} (goal under 600 MB)`)
  if (!process.env.BENCH_WORD_KEEP) for (const dir of [shared, path.resolve('bench/.work/word-import-floor'), path.resolve('bench/.work/word-import-import')]) fs.rmSync(dir, { recursive: true, force: true })
  process.exit(imported.photos === PHOTOS ? 0 : 1)
}

/** Ten photo-like 12 MP JPEGs (gradients and fine noise, each its own) and the document holding them. */
async function makeInputs() {
  const sharp = (await import('sharp')).default
  const width = Math.round(Math.sqrt(MEGAPIXELS * 1e6 * 1.5))
  const height = Math.round(width / 1.5)
  for (let p = 0; p < PHOTOS; p++) {
    const raw = Buffer.alloc(width * height * 3)
    let seed = 7 + p * 7919
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        const n = (seed >> 16) & 31
        const i = (y * width + x) * 3
        raw[i] = ((x * 255) / width + n + p * 20) & 255
        raw[i + 1] = ((y * 255) / height + n) & 255
        raw[i + 2] = (((x + y) * 127) / (width + height) + n * 2) & 255
      }
    await sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 }).toFile(photoFile(p))
  }
  const { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } = await import('docx')
  const { SEED_PAGES, seedLine } = await import('../tests/fixtures/seedPages')
  const texts = SEED_PAGES.flatMap((page) => {
    const lines = fs.readFileSync(path.resolve('seed/documents', page.file), 'utf8').split('\n')
    const captions = new Set(page.captions.map((c) => seedLine(lines, c)))
    return page.article.map((ref) => seedLine(lines, ref)).filter((t) => !captions.has(t) && t.length > 200)
  })
  // about 2,700 characters to an A4 page of 13-point text: 20 pages
  const children: InstanceType<typeof Paragraph | typeof Table>[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Hà Nội: Báo cáo tổng kết công tác dân vận năm 2024')] }),
    new Paragraph({ children: [new TextRun({ text: 'Thứ Sáu, 20/12/2024', italics: true })] }),
  ]
  let chars = 0
  let photo = 0
  for (let i = 0; chars < 20 * 2700; i++) {
    const text = texts[i % texts.length]
    if (i > 0 && i % 12 === 0) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`Phần ${i / 12}. Kết quả thực hiện nhiệm vụ`)] }))
    children.push(new Paragraph({ children: [new TextRun(text)] }))
    chars += text.length
    if (i % 6 === 2 && photo < PHOTOS) {
      children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: 'jpg', data: fs.readFileSync(photoFile(photo)), transformation: { width: 600, height: 400 } })] }))
      children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `Ảnh ${photo + 1}: quang cảnh hội nghị tại điểm cầu số ${photo + 1}`, italics: true })] }))
      photo++
    }
    if (i === 20) {
      for (const [level, item] of [[0, 'Công tác tuyên truyền'], [1, 'Trên báo chí'], [1, 'Trên mạng xã hội'], [0, 'Công tác phối hợp']] as const) children.push(new Paragraph({ bullet: { level }, children: [new TextRun(item)] }))
      children.push(new Table({ rows: [['Lĩnh vực', 'Số mô hình'], ['Kinh tế', '52'], ['Văn hóa - xã hội', '74']].map((row, r) => new TableRow({ tableHeader: r === 0, children: row.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) }))
    }
  }
  children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'Huy Kiên', bold: true })] }))
  fs.writeFileSync(docxFile, await Packer.toBuffer(new Document({ sections: [{ children }] })))
}

freshWorkDir(`word-import-${mode}`, { JOBS_AUTORUN: 'false', LOG_LEVEL: 'error', MAX_UPLOAD_MB: '200' })
const { default: config } = await import('../payload.config')
const { getPayload } = await import('payload')
const payload = await getPayload({ config })
const bytes = fs.readFileSync(docxFile)
const peakMB = () => Math.round(process.resourceUsage().maxRSS / 1024)
const idleMB = peakMB()
const seconds: number[] = []
const cpuSeconds: number[] = []
const cpuNow = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1e6
}
let photos = 0
let paragraphs = 0

{
  const run = 0 // one run per process: the parent alternates the sides
  // a new board each run: the same photos in another unit are stored again, not reused
  const unit = await payload.create({ collection: 'units', data: { name: `Ban Dân vận Thành ủy Hà Nội ${run + 1}`, slug: `ban-dan-van-ha-noi-${run + 1}`, level: 'province', province: 'Hà Nội' } as never })
  if (mode === 'import') {
    const { importWord } = await import('../src/import/importWord')
    const started = performance.now()
    const cpuStarted = cpuNow()
    const result = await importWord(payload, { name: 'bao-cao-20-trang.docx', bytes }, { unitId: unit.id })
    seconds.push((performance.now() - started) / 1000)
    cpuSeconds.push(cpuNow() - cpuStarted)
    if (result.action !== 'created') throw new Error(result.reason)
    photos = result.photos
    paragraphs = Number(/(\d+) đoạn/.exec(result.summary.recognised.join(' '))?.[1] ?? 0)
  } else {
    // the same report, read and its relations made before the clock: the floor is the photos' pipeline and one create
    const { inspectDocx } = await import('../src/lib/wordImport/inspectDocx')
    const { readDocx } = await import('../src/lib/wordImport/readDocx')
    const { wordToReport } = await import('../src/lib/wordImport/wordToReport')
    const { wordBodyToLexical } = await import('../src/lib/wordImport/toLexical')
    const { EntityCache, resolveOfficial, resolveCampaign, resolveModel, resolveLegalDocument } = await import('../src/import/resolveEntities')
    const { settingOfUnit } = await import('../src/lib/organisations/titleOrganisation')
    const report = wordToReport(await readDocx(inspectDocx(bytes, { maxBytes: 200 << 20 })))
    const ctx = { payload, req: { payload, context: {} } as never, date: report.publishedAt, unitId: unit.id, setting: settingOfUnit(unit as never), source: report.title, notes: [], cache: new EntityCache() }
    const officials = [] as (number | string)[]
    for (const m of report.officials) officials.push(await resolveOfficial(ctx, m))
    const legalDocuments = [] as (number | string)[]
    for (const m of report.legalDocuments) legalDocuments.push(await resolveLegalDocument(ctx, m))
    const campaigns = [] as (number | string)[]
    for (const m of report.campaigns) campaigns.push(await resolveCampaign(ctx, m))
    const models = [] as (number | string)[]
    for (const m of report.models) models.push(await resolveModel(ctx, m, String(unit.slug)))
    const files = report.photos.map((_, i) => fs.readFileSync(photoFile(i)))
    const started = performance.now()
    const cpuStarted = cpuNow()
    const ids = new Map<number, number | string>()
    for (const [i, p] of report.photos.entries()) {
      const media = await payload.create({ collection: 'media', data: { alt: p.caption ?? 'Ảnh', caption: p.caption, unit: unit.id } as never, file: { data: files[i], name: `anh-${i + 1}.jpg`, mimetype: 'image/jpeg', size: files[i].length } })
      ids.set(p.index, media.id)
    }
    await payload.create({
      collection: 'reports',
      draft: true,
      depth: 0,
      data: { title: report.title, slug: `bao-cao-${run}`, generateSlug: false, lead: report.lead, body: wordBodyToLexical(report.body, ids), featuredImage: ids.get(0), unit: unit.id, publishedAt: report.publishedAt, byline: report.byline, officials, legalDocuments, campaigns, models, _status: 'draft' } as never,
      select: { title: true },
    })
    seconds.push((performance.now() - started) / 1000)
    cpuSeconds.push(cpuNow() - cpuStarted)
    photos = ids.size
    paragraphs = report.paragraphs.length
  }
}
console.log(JSON.stringify({ seconds, cpuSeconds, rssMB: peakMB(), idleMB, photos, paragraphs } satisfies Outcome))
await payload.destroy()
process.exit(0)
