/**
 * npm run restore -- <in.tar> [--replace]
 * Restores a backup (npm run backup, or the admin's "Sao lưu" button) into this site's database,
 * SQLite or MongoDB whichever the archive came from, and its photo storage. Checks every entry's
 * SHA-256 first; writes only into an empty database unless --replace (which deletes everything
 * first). See README, "Sao lưu và khôi phục".
 */
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { finish, fail, startTool } from '../src/lib/cli/guard'
import { EXIT } from '../src/lib/cli/exitCodes'

process.env.JOBS_AUTORUN = 'false'
process.env.LOG_LEVEL ||= 'warn'
process.env.SEED_INITIAL = 'false' // the database must stay empty for the restore: no first-start seeding
process.env.SEED_REPORTS = 'false'
await startTool('npm run restore')

const { values, positionals } = parseArgs({ allowPositionals: true, options: { replace: { type: 'boolean', default: false }, renumber: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } })
const usage = 'Cách dùng: npm run restore -- <tệp-sao-lưu.tar> [--replace]'
const file = positionals[0]
if (values.help || !file) {
  console.error(usage)
  finish(values.help ? EXIT.ok : EXIT.usage)
}
if (!fs.existsSync(file)) {
  console.error(`Không có tệp "${file}".\n${usage}`)
  finish(EXIT.usage)
}

const { default: config } = await import('../payload.config')
const { getPayload } = await import('payload')
const { restoreBackup, RestoreRefused } = await import('../src/backup/restoreBackup')
const { progressWriter } = await import('../src/lib/backup/progress')

const payload = await getPayload({ config })
try {
  const report = await restoreBackup(payload, () => fs.createReadStream(file, { highWaterMark: 1 << 20 }), {
    replace: values.replace,
    renumber: values.renumber,
    onProgress: progressWriter(process.stderr),
  })
  if (process.stderr.isTTY) process.stderr.write('\n')
  const documents = Object.values(report.counts).reduce((n, c) => n + c.documents, 0)
  const versions = Object.values(report.counts).reduce((n, c) => n + c.versions, 0)
  const from = report.source.database === 'mongodb' ? 'MongoDB' : 'SQLite'
  console.log(`Đã khôi phục ${documents} tài liệu, ${versions} phiên bản, ${report.files} tệp ảnh từ bản sao lưu ${from} (phiên bản ${report.source.appVersion})${report.replaced ? ', thay cho dữ liệu cũ' : ''} trong ${report.seconds.toFixed(1)} giây.`)
  for (const [slug, c] of Object.entries(report.counts)) console.log(`  ${slug}: ${c.documents}${c.versions ? ` (+${c.versions} phiên bản)` : ''}`)
  if (report.globals.length) console.log(`  cấu hình chung: ${report.globals.join(', ')}`)
  if (report.renumbered.length) console.log(`Mã (id) mới cho: ${report.renumbered.join(', ')}; mọi liên kết giữa các tài liệu đã được đổi theo.`)
  if (report.dangling) console.log(`${report.dangling} liên kết trỏ tới tài liệu không có trong bản sao lưu (lưu trong lúc sao lưu) được bỏ trống.`)
  if (report.skipped.length) console.error(`Bỏ qua (phiên bản này không có): ${report.skipped.join(', ')}`)
} catch (error) {
  if (error instanceof RestoreRefused) {
    console.error(`✖ ${error.message}`)
    finish(EXIT.refused)
  }
  fail(error, 'khôi phục thất bại giữa chừng (cơ sở dữ liệu có thể chỉ có một phần; chạy lại với --replace)')
}
await payload.destroy()
finish(EXIT.ok)
