/**
 * Photo uploads: (a) this product's pipeline through Payload, (b) Payload's stock imageSizes
 * pipeline configured with the same outputs, (c) the floor: bare sharp doing the same two
 * passes as the pipeline (a raw frame just large enough for every size, by JPEG's
 * shrink-on-load, and the bounded original streamed from decoder to encoder) and writing the
 * same files with the same encoder settings. Then peak RSS of fresh processes: one 50 MP upload, and ten 24 MP uploads
 * at once, through (a) and (b).
 */
import '../src/lib/cli/keepAlive'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const work = path.resolve('bench/.work/media')
const mode = process.argv[2] ?? 'main'
if (mode === 'main') {
  fs.rmSync(work, { recursive: true, force: true })
  fs.mkdirSync(work, { recursive: true })
}
process.env.DATABASE_URI = `file:${path.join(work, `${mode}-${process.pid}.db`)}`
process.env.DATA_DIR = path.join(work, 'data')
process.env.MEDIA_DIR = path.join(work, `media-${mode}-${process.pid}`)
process.env.PAYLOAD_SECRET = 'bench-only-secret-bench-only-secret-0123'
process.env.LOG_LEVEL = 'warn'
process.env.MAX_UPLOAD_MB = '200'

const sharp = (await import('sharp')).default
const { IMAGE_SIZES, JPEG_OPTIONS, MAX_ORIGINAL_SIDE, ORIGINAL_JPEG_OPTIONS, SIZES_FRAME, WEBP_OPTIONS, focalCrop } = await import('../src/lib/images/sizes')
const { benchLine, percentile } = await import('./stats')

/** A photo-like JPEG: smooth gradients with fine noise, as a camera would produce. */
async function makePhoto(megapixels: number, file: string) {
  const width = Math.round(Math.sqrt(megapixels * 1e6 * 1.5))
  const height = Math.round(width / 1.5)
  const raw = Buffer.alloc(width * height * 3)
  let seed = 7
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      const n = (seed >> 16) & 31
      const i = (y * width + x) * 3
      raw[i] = ((x * 255) / width + n) & 255
      raw[i + 1] = ((y * 255) / height + n) & 255
      raw[i + 2] = (((x + y) * 127) / (width + height) + n * 2) & 255
    }
  await sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 }).toFile(file)
}

async function bootPayload() {
  const { default: config } = await import('./mediaConfig')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  const unit = (await payload.create({ collection: 'units', data: { name: `Ban bench ${process.pid}`, slug: `ban-bench-${process.pid}`, level: 'province' } as never })).id
  return { payload, unit }
}

async function uploadWith(kind: 'pipeline' | 'stock', boot: Awaited<ReturnType<typeof bootPayload>>, buffer: Buffer, name: string) {
  const file = { data: buffer, mimetype: 'image/jpeg', name, size: buffer.length }
  if (kind === 'pipeline') await boot.payload.create({ collection: 'media', data: { alt: 'bench', unit: boot.unit } as never, file })
  else await boot.payload.create({ collection: 'stock-media' as never, data: { alt: 'bench' } as never, file })
}

/** The floor: the sizes from one small raw frame, the original streamed, every file written to disk. */
async function bare(buffer: Buffer, outDir: string, name: string) {
  fs.mkdirSync(outDir, { recursive: true })
  const decode = () => sharp(buffer, { sequentialRead: true }).rotate().toColourspace('srgb')
  const { data, info } = await decode().resize({ ...SIZES_FRAME, fit: 'outside', withoutEnlargement: true }).raw().toBuffer({ resolveWithObject: true })
  const from = () => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
  const original = decode().resize({ width: MAX_ORIGINAL_SIDE, height: MAX_ORIGINAL_SIDE, fit: 'inside', withoutEnlargement: true }).jpeg(ORIGINAL_JPEG_OPTIONS)
  const jobs: Promise<unknown>[] = [original.toFile(path.join(outDir, `${name}.jpg`))]
  for (const size of IMAGE_SIZES) {
    const shaped = () => ('height' in size ? from().extract(focalCrop(info.width, info.height, size.width / size.height)).resize(size.width, size.height) : from().resize({ width: size.width, withoutEnlargement: true }))
    jobs.push(shaped().webp(WEBP_OPTIONS).toFile(path.join(outDir, `${name}-${size.name}.webp`)))
    jobs.push(shaped().jpeg(JPEG_OPTIONS).toFile(path.join(outDir, `${name}-${size.name}.jpg`)))
  }
  await Promise.all(jobs)
}

async function time(fn: () => Promise<unknown>) {
  const start = process.hrtime.bigint()
  await fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}

if (mode === 'rss') {
  // child: one kind, N parallel uploads of one file; prints its peak RSS
  const [, , , kind, file, count] = process.argv
  const boot = await bootPayload()
  const buffer = fs.readFileSync(file)
  const before = process.resourceUsage().maxRSS
  await Promise.all(Array.from({ length: Number(count) }, (_, i) => uploadWith(kind as 'pipeline' | 'stock', boot, buffer, `rss-${i}.jpg`)))
  console.log(JSON.stringify({ peakMB: process.resourceUsage().maxRSS / 1024, idleMB: before / 1024 }))
  process.exit(0)
}

const inputs: Record<string, string> = {}
for (const mp of [12, 24, 50]) {
  inputs[mp] = path.join(work, `photo-${mp}mp.jpg`)
  await makePhoto(mp, inputs[mp])
}
console.log(`inputs: ${Object.entries(inputs).map(([mp, f]) => `${mp} MP ${(fs.statSync(f).size / 1e6).toFixed(1)} MB`).join(', ')}`)

const boot = await bootPayload()
const lines: string[] = []
for (const mp of [12, 24]) {
  const buffer = fs.readFileSync(inputs[mp])
  const runs = { pipeline: [] as number[], stock: [] as number[], bare: [] as number[] }
  for (let i = 0; i < 7; i++) {
    // each kind gets a distinct file so the pipeline's duplicate check never short-cuts
    const unique = Buffer.concat([buffer, Buffer.from(`bench-${mp}-${i}`)])
    runs.bare.push(await time(() => bare(unique, path.join(work, 'bare'), `b-${mp}-${i}`)))
    runs.pipeline.push(await time(() => uploadWith('pipeline', boot, unique, `p-${mp}-${i}.jpg`)))
    runs.stock.push(await time(() => uploadWith('stock', boot, unique, `s-${mp}-${i}.jpg`)))
  }
  // the first run of each warms caches; the median of the rest is reported
  const med = (s: number[]) => percentile(s.slice(1), 50)
  console.log(`${mp} MP: pipeline ${med(runs.pipeline).toFixed(0)} ms, Payload stock ${med(runs.stock).toFixed(0)} ms, bare sharp ${med(runs.bare).toFixed(0)} ms`)
  lines.push(benchLine(`media-${mp}mp-pipeline-vs-floor`, med(runs.pipeline), med(runs.bare), 'ms', '≤1.15'))
  lines.push(benchLine(`media-${mp}mp-pipeline-vs-stock`, med(runs.pipeline), med(runs.stock), 'ms', '≤0.6'))
}
await boot.payload.destroy()

const self = fileURLToPath(import.meta.url)
const rss = (kind: string, mp: number, count: number) => {
  const run = spawnSync('npx', ['tsx', self, 'rss', kind, inputs[mp], String(count)], { encoding: 'utf8', env: process.env })
  const line = run.stdout.trim().split('\n').filter((l) => l.startsWith('{')).at(-1)
  if (!line) throw new Error(`rss run failed: ${run.stderr.slice(-2000)}`)
  return JSON.parse(line) as { peakMB: number; idleMB: number }
}
const one50 = { pipeline: rss('pipeline', 50, 1), stock: rss('stock', 50, 1) }
const ten24 = { pipeline: rss('pipeline', 24, 10), stock: rss('stock', 24, 10) }
const over = (r: { peakMB: number; idleMB: number }) => r.peakMB - r.idleMB
console.log(`peak RSS, 50 MP: pipeline ${one50.pipeline.peakMB.toFixed(0)} MB (${over(one50.pipeline).toFixed(0)} over the idle process), stock ${one50.stock.peakMB.toFixed(0)} MB (${over(one50.stock).toFixed(0)} over idle)`)
console.log(`peak RSS, 10 × 24 MP at once: pipeline ${ten24.pipeline.peakMB.toFixed(0)} MB, stock ${ten24.stock.peakMB.toFixed(0)} MB`)
lines.push(`bench media-50mp-peak-rss: ${one50.pipeline.peakMB.toFixed(0)} MB, floor ${one50.stock.peakMB.toFixed(0)} MB (Payload stock), ratio ${(one50.pipeline.peakMB / one50.stock.peakMB).toFixed(2)} (goal ≤250 MB, about 0.5)`)
lines.push(`bench media-50mp-rss-over-idle: ${over(one50.pipeline).toFixed(0)} MB, floor ${over(one50.stock).toFixed(0)} MB (Payload stock), ratio ${(over(one50.pipeline) / over(one50.stock)).toFixed(2)} (goal about 0.5)`)
lines.push(`bench media-10x24mp-peak-rss: ${ten24.pipeline.peakMB.toFixed(0)} MB, floor ${ten24.stock.peakMB.toFixed(0)} MB (Payload stock), ratio ${(ten24.pipeline.peakMB / ten24.stock.peakMB).toFixed(2)} (goal bounded by the work queue)`)
for (const line of lines) console.log(line)
fs.rmSync(work, { recursive: true, force: true })
process.exit(0)
