/**
 * npm run import -- <files, folders or globs> [--unit ID|slug|name] [--status draft|published]
 *                   [--dry-run] [--report out.json]
 * Imports old sites' pages (.txt, .html) as reports, and Word documents (.docx) as draft reports
 * with their photos; see README "Nhập trang cũ" and "Nhập từ Word".
 */
import { finish, startTool } from '../src/lib/cli/guard'
import fs from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

process.env.JOBS_AUTORUN = 'false'
process.env.LOG_LEVEL ||= 'warn'
await startTool('npm run import')

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    unit: { type: 'string' },
    status: { type: 'string', default: 'draft' },
    'dry-run': { type: 'boolean', default: false },
    report: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
})
const usage = 'Cách dùng: npm run import -- <tệp|thư mục|mẫu glob>... [--unit <đơn vị>] [--status draft|published] [--dry-run] [--report kết-quả.json]'
if (values.help || positionals.length === 0) {
  console.log(usage)
  finish(values.help ? 0 : 2)
}
if (values.status !== 'draft' && values.status !== 'published') {
  console.error(`--status phải là draft hoặc published (nhận "${values.status}").\n${usage}`)
  finish(2)
}

const { expandPaths } = await import('../src/import/readSources')
const { unreadFileMessage, READ_KINDS } = await import('../src/lib/import/fileKinds')
const { files, words, missing, unsupported } = await expandPaths(positionals)
for (const m of missing) console.error(`Không tìm thấy trang hay tài liệu nào ở "${m}" (lệnh nhập đọc ${READ_KINDS}).`)
for (const u of unsupported) console.error(unreadFileMessage(u))
if (files.length === 0 && words.length === 0) finish(2)

// a dry run of Word documents alone needs no database: read each and say what it would make
if (values['dry-run'] && files.length === 0) {
  const { planWord } = await import('../src/import/importWord')
  let refused = 0
  for (const file of words) {
    const name = path.relative(process.cwd(), file)
    const plan = await planWord({ name, bytes: await fs.readFile(file) })
    if (plan.action === 'failed') {
      refused++
      console.log(`${name}: lỗi — ${plan.reason}`)
      continue
    }
    console.log(`${name}: sẽ tạo bản nháp "${plan.title}" (chạy thử, không ghi gì)`)
    console.log(`  Nhận ra: ${plan.summary.recognised.join('; ')}.`)
    for (const line of plan.summary.toCheck) console.log(`  Cần xem lại: ${line}`)
  }
  finish(refused > 0 || unsupported.length > 0 ? 1 : 0)
}

const { default: config } = await import('../payload.config')
const { getPayload } = await import('payload')
const { runImport } = await import('../src/import/runImport')
const { progressLine, table } = await import('../src/import/progress')
const { outcomeRow, summaryLine } = await import('../src/lib/import/outcomes')
const { translate } = await import('../src/i18n/translations')
const say = (key: import('../src/i18n/translations').CustomKey, vars?: Record<string, unknown>) => translate('vi', key, vars)
type OutcomeLike = import('../src/lib/import/outcomes').OutcomeLike
const payload = await getPayload({ config })

let unitId: string | number | undefined
if (values.unit) {
  const wanted = values.unit
  const { docs } = await payload.find({ collection: 'units', limit: 1000, depth: 0, pagination: false })
  const unit = docs.find((u) => String(u.id) === wanted || u.slug === wanted || u.name === wanted)
  if (!unit) {
    console.error(`Không có đơn vị "${wanted}". Có: ${docs.map((u) => `${u.slug} (${u.name})`).join(', ')}`)
    finish(2)
  }
  unitId = unit.id
}

// Word documents: each a draft report with its photos (src/import/importWord.ts)
let wordFailed = 0
if (words.length) {
  const { importWord, planWord } = await import('../src/import/importWord')
  if (values.status === 'published') console.error('Tài liệu Word luôn được nhập thành bản nháp, để biên tập trước khi xuất bản.')
  for (const file of words) {
    const name = path.relative(process.cwd(), file)
    const source = { name, bytes: await fs.readFile(file) }
    // a dry run reads the document and says what it would make; photos are not encoded, nothing is written
    const result = values['dry-run'] ? await planWord(source) : await importWord(payload, source, { unitId })
    if (result.action === 'failed') {
      wordFailed++
      console.log(`${name}: lỗi — ${result.reason}`)
      continue
    }
    console.log(
      result.action === 'create'
        ? `${name}: sẽ tạo bản nháp "${result.title}" (chạy thử, không ghi gì)`
        : `${name}: đã tạo bản nháp ${result.id} "${result.title}" (${result.unit})`,
    )
    console.log(`  Nhận ra: ${result.summary.recognised.join('; ')}.`)
    for (const line of result.summary.toCheck) console.log(`  Cần xem lại: ${line}`)
  }
  if (files.length === 0) finish(wordFailed > 0 || unsupported.length > 0 ? 1 : 0)
}

const started = Date.now()
const tty = process.stderr.isTTY
const pages = await Promise.all(files.map(async (file) => ({ name: path.relative(process.cwd(), file), bytes: await fs.readFile(file) })))
let lastDraw = 0
const summary = await runImport(payload, pages, {
  status: values.status,
  unitId,
  dryRun: values['dry-run'],
  onProgress: (done, total) => {
    const now = Date.now()
    if (done < total && now - lastDraw < 200) return
    lastDraw = now
    const line = progressLine(done, total, now - started)
    if (tty) process.stderr.write(`\r${line}`)
    else if (done === total || done % 100 === 0) process.stderr.write(`${line}\n`)
  },
})
if (tty) process.stderr.write('\n')

const rows = summary.results.map((r) => outcomeRow(r as OutcomeLike, say))
console.log(table([['Trang', 'Kết quả', 'Tiêu đề / lý do'], ...rows]))
console.log(`\n${summaryLine(summary, Boolean(values['dry-run']), say)} — ${pages.length} trang trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`)
if (values.report) {
  await fs.writeFile(values.report, JSON.stringify({ dryRun: values['dry-run'], status: values.status, ...summary }, null, 2))
  console.log(`Báo cáo: ${values.report}`)
}
finish(summary.failed > 0 || wordFailed > 0 || unsupported.length > 0 ? 1 : 0)
