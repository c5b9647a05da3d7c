/**
 * npm run backup -- <out.tar>
 * Writes a backup of the site (every collection with its versions, users with their password
 * hashes, every photo, a manifest with counts and SHA-256 sums) while the site keeps running.
 * Uses the app's database and storage settings (DATABASE_URI, DATA_DIR, MEDIA_DIR, S3_*).
 * See README, "Sao lưu và khôi phục".
 */
import fs from 'node:fs'
import path from 'node:path'
import { finish, fail, startTool } from '../src/lib/cli/guard'
import { EXIT } from '../src/lib/cli/exitCodes'

process.env.JOBS_AUTORUN = 'false'
process.env.LOG_LEVEL ||= 'warn'
process.env.SEED_INITIAL = 'false' // a backup reads; it never seeds the database it reads
await startTool('npm run backup')

const out = process.argv.slice(2).find((a) => !a.startsWith('-'))
if (!out || process.argv.includes('--help')) {
  console.error('Cách dùng: npm run backup -- <tệp-sao-lưu.tar>')
  finish(out ? EXIT.ok : EXIT.usage)
}
const target = path.resolve(out)
if (!fs.existsSync(path.dirname(target))) {
  console.error(`Thư mục "${path.dirname(target)}" không tồn tại.`)
  finish(EXIT.usage)
}

const { default: config } = await import('../payload.config')
const { getPayload } = await import('payload')
const { writeBackup, streamSink } = await import('../src/backup/createBackup')
const { progressWriter } = await import('../src/lib/backup/progress')

const payload = await getPayload({ config })
// written beside the target and renamed at the end: a half-written archive never has its name
const partial = `${target}.partial`
const stream = fs.createWriteStream(partial)
const started = Date.now()
try {
  const manifest = await writeBackup(payload, streamSink(stream), { onProgress: progressWriter(process.stderr) })
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())))
  fs.renameSync(partial, target)
  if (process.stderr.isTTY) process.stderr.write('\n')
  const documents = Object.values(manifest.counts).reduce((n, c) => n + c.documents, 0)
  const versions = Object.values(manifest.counts).reduce((n, c) => n + c.versions, 0)
  console.log(`Đã sao lưu vào ${out}: ${documents} tài liệu, ${versions} phiên bản, ${manifest.files} tệp ảnh (${(fs.statSync(target).size / 1048576).toFixed(1)} MB, ${((Date.now() - started) / 1000).toFixed(1)} giây).`)
  for (const [slug, c] of Object.entries(manifest.counts)) if (c.documents || c.versions) console.log(`  ${slug}: ${c.documents}${c.versions ? ` (+${c.versions} phiên bản)` : ''}`)
  const globals = Object.entries(manifest.globals ?? {}).filter(([, n]) => n > 0)
  if (globals.length) console.log(`  cấu hình chung: ${globals.map(([slug]) => slug).join(', ')}`)
  if (manifest.missingFiles.length) console.error(`Cảnh báo: ${manifest.missingFiles.length} tệp ảnh không tìm thấy (ảnh bị xóa trong lúc sao lưu?): ${manifest.missingFiles.slice(0, 10).join(', ')}`)
} catch (error) {
  stream.destroy()
  fs.rmSync(partial, { force: true })
  fail(error, 'sao lưu thất bại')
}
await payload.destroy()
finish(EXIT.ok)
