/**
 * `npm run backup` and `npm run restore` on a site of 10,000 reports (each with a version) and
 * 1,000 photos (an original and three sizes each), beside the floor of copying the same site
 * with tar: the SQLite file and the media folder into one archive, and unpacking it. The site
 * is written straight through payload.db (not timed); the backup and the restore run as the
 * commands do (src/backup), each in a process of its own, the restore into a fresh database
 * (its search index and statistics rebuilt, as the command does). The floor runs in the same
 * run, right after. Each figure comes with the CPU seconds it took (the machine is shared: a
 * loaded one stretches the wall-clock time of CPU-bound work far more than tar's copying) and
 * the restore with its parts. BENCH_BACKUP_REPORTS, BENCH_BACKUP_PHOTOS scale it down.
 */
import '../src/lib/cli/keepAlive'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { freshWorkDir } from './workDir'

const REPORTS = Number(process.env.BENCH_BACKUP_REPORTS || 10_000)
const PHOTOS = Number(process.env.BENCH_BACKUP_PHOTOS || 1_000)
const mode = process.env.BENCH_BACKUP_MODE
const root = path.resolve('bench/.work')
const siteDir = path.join(root, 'backup-site')
const archive = path.join(root, 'backup.tar')
const floorArchive = path.join(root, 'backup-floor.tar')

type Timing = { seconds: number; cpuSeconds: number; rssMB: number; documents?: number; files?: number; timings?: Record<string, number> }

const peakMB = () => Math.round(process.resourceUsage().maxRSS / 1024)
const cpuSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1e6
}
/** CPU seconds of this process's finished children (Linux: /proc/self/stat's cutime and cstime, in clock ticks). */
const childrenCpu = (): number => {
  const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
  return (Number(fields[13]) + Number(fields[14])) / Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim() || 100)
}
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(', ')

if (!mode) {
  const self = fileURLToPath(import.meta.url)
  const run = (which: 'make' | 'backup' | 'restore'): Timing => {
    const child = spawnSync('npx', ['tsx', self], { env: { ...process.env, BENCH_BACKUP_MODE: which }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 })
    const line = child.stdout.split('\n').find((l) => l.startsWith('{'))
    if (child.status !== 0 || !line) throw new Error(`${which} failed:\n${child.stdout}`)
    return JSON.parse(line)
  }
  const timed = (what: string, command: string, args: string[]) => {
    const cpu = childrenCpu()
    const started = performance.now()
    const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] })
    if (result.status !== 0) throw new Error(`${what} failed`)
    return { seconds: (performance.now() - started) / 1000, cpuSeconds: childrenCpu() - cpu }
  }
  const figure = (t: { seconds: number; cpuSeconds: number }) => `${t.seconds.toFixed(1)} s (CPU ${t.cpuSeconds.toFixed(1)} s)`
  const ratios = (t: Timing, floor: { seconds: number; cpuSeconds: number }) => `ratio ${(t.seconds / floor.seconds).toFixed(2)} (CPU ${(t.cpuSeconds / Math.max(floor.cpuSeconds, 0.01)).toFixed(1)})`
  run('make')
  console.log(`load average before: ${load()}`)
  const backup = run('backup')
  // the floor: the database file and the media folder, as an operator would copy them
  const floorBackup = timed('tar', 'tar', ['-cf', floorArchive, '-C', siteDir, 'bench.db', 'media'])
  const restore = run('restore')
  const unpackDir = path.join(root, 'backup-floor-unpacked')
  fs.rmSync(unpackDir, { recursive: true, force: true })
  fs.mkdirSync(unpackDir, { recursive: true })
  const floorRestore = timed('untar', 'tar', ['-xf', floorArchive, '-C', unpackDir])
  const mb = (file: string) => (fs.statSync(file).size / 1048576).toFixed(0)
  console.log(`backup: ${backup.documents} documents and versions, ${backup.files} files, archive ${mb(archive)} MB (tar floor ${mb(floorArchive)} MB); peak RSS backup ${backup.rssMB} MB, restore ${restore.rssMB} MB`)
  console.log(`load average after: ${load()}`)
  console.log(`restore's parts (s): ${Object.entries(restore.timings ?? {}).map(([part, s]) => `${part} ${s.toFixed(1)}`).join(', ')}`)
  console.log(`bench backup: ${figure(backup)}, floor ${figure(floorBackup)}, ${ratios(backup, floorBackup)} (goal ≤3)`)
  console.log(`bench restore: ${figure(restore)}, floor ${figure(floorRestore)}, ${ratios(restore, floorRestore)} (goal ≤30)`)
  for (const p of [archive, floorArchive]) fs.rmSync(p, { force: true })
  for (const d of [siteDir, unpackDir, path.join(root, 'backup-restored')]) fs.rmSync(d, { recursive: true, force: true })
  process.exit(0)
}

const env = { JOBS_AUTORUN: 'false', LOG_LEVEL: 'error', SEED_INITIAL: mode === 'make' ? 'true' : 'false' }
if (mode === 'restore') freshWorkDir('backup-restored', env)
else if (mode === 'make') freshWorkDir('backup-site', env)
else Object.assign(process.env, { DATABASE_URI: `file:${path.join(siteDir, 'bench.db')}`, DATA_DIR: path.join(siteDir, 'data'), MEDIA_DIR: path.join(siteDir, 'media'), PAYLOAD_SECRET: 'bench-only-secret-bench-only-secret-0123', SEED_REPORTS: 'false', DATABASE_PUSH: 'false', ...env })

const { default: config } = await import('../payload.config')
const { getPayload } = await import('payload')
const payload = await getPayload({ config })

if (mode === 'make') {
  const sharp = (await import('sharp')).default
  const { newObjectId } = await import('../src/lib/backup/ids')
  const photosDir = path.join(process.env.MEDIA_DIR!, 'photos')
  fs.mkdirSync(photosDir, { recursive: true })
  // camera-like content (noise compresses as badly as a photo): one original and three sizes, stored under each photo's names
  const noise = Buffer.alloc(1600 * 1067 * 3)
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24
  const original = await sharp(noise, { raw: { width: 1600, height: 1067, channels: 3 } }).blur(1.2).jpeg({ quality: 85 }).toBuffer()
  const sizes = await Promise.all([1200, 640, 320].map(async (width) => ({ width, body: await sharp(original).resize(width).webp({ quality: 80 }).toBuffer() })))
  const units = (await payload.find({ collection: 'units', limit: 100, depth: 0 })).docs
  const unit = units[0].id
  const author = (await payload.db.create({ collection: 'users', data: { email: 'bench@example.vn', name: 'Bench', roles: ['editor'], units: [unit], hash: 'x', salt: 'y' } })).id
  const photoIds: (number | string)[] = []
  for (let i = 0; i < PHOTOS; i++) {
    const filename = `hoi-nghi-${i}.jpg`
    fs.writeFileSync(path.join(photosDir, filename), original)
    const variants: Record<string, { webp: { filename: string; url: string; width: number; height: number; mimeType: string; filesize: number } }> = {}
    for (const size of sizes) {
      const name = `hoi-nghi-${i}-${size.width}.webp`
      fs.writeFileSync(path.join(photosDir, name), size.body)
      variants[`w${size.width}`] = { webp: { filename: name, url: `/api/media/file/${name}`, width: size.width, height: Math.round((size.width * 1067) / 1600), mimeType: 'image/webp', filesize: size.body.length } }
    }
    const doc = await payload.db.create({ collection: 'media', data: { alt: `Ảnh ${i}`, caption: `Quang cảnh hội nghị ${i}`, unit, filename, mimeType: 'image/jpeg', filesize: original.length, width: 1600, height: 1067, variants, createdBy: author } })
    photoIds.push(doc.id)
  }
  const paragraph = (text: string) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] })
  const text = 'Sáng 24/7, Ban Dân vận Thành ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. '
  for (let i = 0; i < REPORTS; i++) {
    const photo = photoIds[i % photoIds.length]
    const data = {
      title: `Hội nghị sơ kết công tác dân vận số ${i}`,
      slug: `hoi-nghi-so-ket-cong-tac-dan-van-so-${i}`,
      lead: text,
      unit,
      createdBy: author,
      featuredImage: photo,
      gallery: [{ id: newObjectId(), photo, caption: 'Quang cảnh hội nghị' }], // array rows need their ids at this level
      body: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [paragraph(text.repeat(6)), { type: 'upload', version: 3, relationTo: 'media', value: photo, fields: null, format: '' }, paragraph(text.repeat(6))] } },
      publishedAt: new Date(Date.UTC(2018, 0, 1) + i * 3_600_000).toISOString(),
      workflowState: 'published',
      _status: 'published',
    }
    const doc = await payload.db.create({ collection: 'reports', data })
    await payload.db.createVersion({ collectionSlug: 'reports', parent: doc.id, versionData: { ...data, id: doc.id } as never, autosave: false, createdAt: doc.createdAt as string, updatedAt: doc.updatedAt as string })
  }
  console.log(JSON.stringify({ seconds: 0, cpuSeconds: 0, rssMB: peakMB() }))
} else if (mode === 'backup') {
  const { writeBackup, streamSink } = await import('../src/backup/createBackup')
  const started = performance.now()
  const cpu = process.cpuUsage()
  const out = fs.createWriteStream(archive)
  const manifest = await writeBackup(payload, streamSink(out))
  await new Promise<void>((resolve) => out.end(resolve))
  const seconds = (performance.now() - started) / 1000
  const documents = Object.values(manifest.counts).reduce((n, c) => n + c.documents + c.versions, 0)
  console.log(JSON.stringify({ seconds, cpuSeconds: cpuSince(cpu), rssMB: peakMB(), documents, files: manifest.files }))
} else {
  const { restoreBackup } = await import('../src/backup/restoreBackup')
  const started = performance.now()
  const cpu = process.cpuUsage()
  const report = await restoreBackup(payload, () => fs.createReadStream(archive, { highWaterMark: 1 << 20 }))
  const seconds = (performance.now() - started) / 1000
  console.log(JSON.stringify({ seconds, cpuSeconds: cpuSince(cpu), rssMB: peakMB(), documents: Object.values(report.counts).reduce((n, c) => n + c.documents + c.versions, 0), files: report.files, timings: report.timings }))
}
await payload.destroy()
process.exit(0)
