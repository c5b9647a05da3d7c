import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runImport } from '../../src/import/runImport'
import { lexicalParagraphs } from '../../src/lib/import/toLexical'
import { encodeTcvn3 } from '../../src/lib/text/legacyDecode'
import { isNotNFC } from '../../src/lib/text/normaliseVietnamese'
import { seedReports } from '../../src/seed/seedReports'
import { SEED_PAGES, seedLine } from '../fixtures/seedPages'
import { testPayload, unitNamed } from './helpers'

// this file tests the first-start import of the seed pages
process.env.SEED_REPORTS = 'true'

const seedFile = (file: string) => fs.readFileSync(path.resolve('seed/documents', file), 'utf8')
const page = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) })
const nameOf = (v: unknown) => (v && typeof v === 'object' ? ((v as { fullName?: string; name?: string; number?: string }).fullName ?? (v as { name?: string }).name ?? (v as { number?: string }).number) : v)

async function counts() {
  const payload = await testPayload()
  const out: Record<string, number> = {}
  for (const collection of ['reports', 'officials', 'campaigns', 'models', 'legal-documents'] as const) out[collection] = (await payload.count({ collection })).totalDocs
  return out
}

describe('the seed pages on first start', () => {
  it.each(SEED_PAGES)('$file is a published report with its original date', async (expected) => {
    const payload = await testPayload()
    const { docs } = await payload.find({ collection: 'reports', where: { title: { equals: expected.title } }, depth: 1, limit: 2 })
    expect(docs).toHaveLength(1)
    const report = docs[0]
    const lines = seedFile(expected.file).split('\n')
    expect(report._status).toBe('published')
    expect(report.workflowState).toBe('published')
    expect(new Date(report.publishedAt!).toISOString()).toBe(expected.publishedAt)
    expect(Boolean(report.dateApproximate)).toBe(Boolean(expected.dateApproximate))
    expect(Boolean(report.titleNeedsReview)).toBe(Boolean(expected.titleDerived))
    expect(report.byline ?? undefined).toBe(expected.byline)
    expect(report.source ?? undefined).toBe(expected.source)
    expect(nameOf(report.unit)).toBe(expected.unit)
    const captions = expected.captions.map((ref) => seedLine(lines, ref))
    expect(report.gallery?.map((g) => g.caption)).toEqual(captions)
    expect(report.gallery?.every((g) => !g.photo)).toBe(true)
    // lead + body + captions are the article, paragraph by paragraph, in order
    const article = expected.article.map((ref) => seedLine(lines, ref))
    if (expected.leadPrefix) article[0] = article[0].slice(expected.leadPrefix.length)
    const text = article.filter((p) => !captions.includes(p))
    expect([report.lead, ...lexicalParagraphs(report.body)]).toEqual(text)
    expect((report.officials ?? []).map(nameOf).sort()).toEqual(Object.keys(expected.officials).sort())
    expect((report.campaigns ?? []).map(nameOf).sort()).toEqual([...expected.campaigns].sort())
    expect((report.models ?? []).map(nameOf).sort()).toEqual([...expected.models].sort())
    expect((report.legalDocuments ?? []).map(nameOf).sort()).toEqual([...expected.legalDocuments].sort())
    // every official reads as the page printed them on its date: titles as printed, in protocol
    // order, the place completed where the page left it out, and nothing else added
    expect(report.officialsTitled).toEqual(expected.titled)
  })

  it('records the old site view count and flags the derived title', async () => {
    const payload = await testPayload()
    const { docs } = await payload.find({ collection: 'reports', where: { titleNeedsReview: { equals: true } }, depth: 0 })
    expect(docs.map((d) => d.importedViewCount)).toEqual([223])
    expect(docs[0].importNotes).toMatch(/không có tiêu đề/)
  })

  it('re-running changes nothing and duplicates nothing', async () => {
    const payload = await testPayload()
    const before = await counts()
    const summary = await seedReports(payload)
    expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 5, failed: 0 })
    expect(await counts()).toEqual(before)
  })
})

describe('importing pages', () => {
  it('updates a changed page in place', async () => {
    const payload = await testPayload()
    const expected = SEED_PAGES[0]
    const before = await counts()
    const changed = seedFile(expected.file).replace('Năm 2023, công tác dân vận', 'Trong năm 2023, công tác dân vận')
    const summary = await runImport(payload, [page(expected.file, changed)], { status: 'published' })
    expect(summary.results[0].action).toBe('updated')
    expect(await counts()).toEqual(before)
    const { docs } = await payload.find({ collection: 'reports', where: { title: { equals: expected.title } }, depth: 0 })
    expect(docs[0].lead).toMatch(/^Trong năm 2023/)
    await runImport(payload, [page(expected.file, seedFile(expected.file))], { status: 'published' })
  })

  it('never moves a live report behind: an unchanged page in any encoding or status is "không đổi", a changed one a draft waiting for review', async () => {
    const payload = await testPayload()
    const expected = SEED_PAGES[2]
    const text = seedFile(expected.file)
    const variants = [page('same.txt', text), page('nfd-crlf.txt', '\uFEFF' + text.normalize('NFD').replace(/\n/g, '\r\n'))]
    // the admin's default target status is "Bản nháp"
    expect((await runImport(payload, variants, { status: 'draft', dryRun: true })).results.map((r) => r.action)).toEqual(['unchanged', 'unchanged'])
    expect((await runImport(payload, variants, { status: 'draft' })).results.map((r) => r.action)).toEqual(['unchanged', 'unchanged'])
    const live = (await payload.find({ collection: 'reports', where: { title: { equals: expected.title } }, depth: 0 })).docs[0]
    expect([live._status, live.workflowState]).toEqual(['published', 'published'])

    const changed = text.replace('Phát biểu ý kiến tại hội nghị', 'Phát biểu chỉ đạo tại hội nghị')
    const summary = await runImport(payload, [page('changed.txt', changed)], { status: 'draft' })
    expect(summary.results[0].action).toBe('updated')
    // the live version stays as it was, for readers
    const read = await payload.findByID({ collection: 'reports', id: live.id, depth: 0 })
    expect([read._status, read.workflowState, read.updatedAt]).toEqual(['published', 'published', live.updatedAt])
    expect(JSON.stringify(read.body)).not.toContain('Phát biểu chỉ đạo tại hội nghị')
    // the change waits beside it as a new version, "Chờ biên tập", where editors look
    const pending = await payload.findByID({ collection: 'reports', id: live.id, depth: 0, draft: true })
    expect([pending._status, pending.workflowState]).toEqual(['draft', 'submitted'])
    expect(JSON.stringify(pending.body)).toContain('Phát biểu chỉ đạo tại hội nghị')
    const waiting = await payload.find({ collection: 'reports', where: { workflowState: { equals: 'submitted' } }, draft: true, depth: 0 })
    expect(waiting.docs.map((d) => d.id)).toContain(live.id)
    // importing the same changed page again changes nothing more
    expect((await runImport(payload, [page('changed.txt', changed)], { status: 'draft' })).results[0].action).toBe('unchanged')
    // publishing it on purpose from the import puts it live
    expect((await runImport(payload, [page('changed.txt', changed)], { status: 'published' })).results[0].action).toBe('updated')
    const published = await payload.findByID({ collection: 'reports', id: live.id, depth: 0 })
    expect([published._status, published.workflowState]).toEqual(['published', 'published'])
    expect(JSON.stringify(published.body)).toContain('Phát biểu chỉ đạo tại hội nghị')
    await runImport(payload, [page(expected.file, text)], { status: 'published' })
  })

  it('reports a page it cannot place and goes on with the rest', async () => {
    const payload = await testPayload()
    const lost = 'Một bài không nêu địa phương nào\n\nHội nghị đã diễn ra tốt đẹp với sự tham gia của nhiều đại biểu đến từ các cơ quan, đơn vị, bàn về nhiều nội dung quan trọng.\n'
    const good = seedFile(SEED_PAGES[1].file).replace('“Năm Dân vận chính quyền” - tạo', 'Cà Mau: “Năm Dân vận chính quyền” tạo')
    const summary = await runImport(payload, [page('lost.txt', lost), page('empty.txt', ''), page('good.txt', good)], { status: 'draft' })
    expect(summary.results.map((r) => r.action)).toEqual(['failed', 'failed', 'created'])
    expect(summary.results[0]).toMatchObject({ reason: expect.stringMatching(/đơn vị/) })
    expect(summary.failed).toBe(2)
    const created = await payload.findByID({ collection: 'reports', id: (summary.results[2] as { id: number }).id, draft: true, depth: 0 })
    expect(created._status).toBe('draft')
    expect((await payload.count({ collection: 'reports', where: { title: { like: 'Một bài không nêu' } } })).totalDocs).toBe(0)
  })

  it('a dry run writes nothing', async () => {
    const payload = await testPayload()
    const before = await counts()
    const text = seedFile(SEED_PAGES[2].file).replace('Thứ Sáu, 21/6/2024', 'Thứ Bảy, 22/6/2024')
    const summary = await runImport(payload, [page('x.txt', text)], { status: 'published', dryRun: true })
    expect(summary.results[0]).toMatchObject({ action: 'create', unit: 'Ban Dân vận Tỉnh ủy Thái Nguyên' })
    expect(await counts()).toEqual(before)
  })

  it('stores a TCVN3 page as clean NFC', async () => {
    const payload = await testPayload()
    const central = await unitNamed(payload, 'Ban Dân vận Trung ương')
    const text = seedFile(SEED_PAGES[3].file).replace(/[“”]/g, '"')
    const summary = await runImport(payload, [{ name: 'cu.txt', bytes: encodeTcvn3(text) }], { status: 'draft', unitId: central.id })
    const id = (summary.results[0] as { id: number }).id
    const report = await payload.findByID({ collection: 'reports', id, draft: true, depth: 0 })
    expect(report.title).toBe('Hội nghị trực tuyến toàn quốc triển khai công tác Dân vận năm 2022')
    expect(report.lead).toMatch(/^Sáng 13\/1, Ban Dân vận Trung ương/)
    for (const value of [report.title, report.lead, ...lexicalParagraphs(report.body)]) expect(isNotNFC(value!)).toBe(false)
  })

  it('matches an official by name and title, and flags a namesake it cannot prove is the same person', async () => {
    const payload = await testPayload()
    const [phong] = (await payload.find({ collection: 'officials', where: { fullName: { equals: 'Nguyễn Văn Phong' } } })).docs
    const body = (who: string, d: string) =>
      `Hà Nội: Hội nghị giao ban công tác dân vận ${d}\n(08:00 ${d}/2023)\n\nSáng ${d}, tại Hà Nội, ${who} chủ trì hội nghị giao ban công tác dân vận với sự tham gia của đại diện các quận, huyện và các đoàn thể.\n`
    const same = await runImport(payload, [page('a.txt', body('đồng chí Nguyễn Văn Phong, Phó Bí thư Thành ủy,', '05/3'))], { status: 'draft' })
    expect(same.results[0].action).toBe('created')
    expect((await payload.count({ collection: 'officials', where: { fullName: { equals: 'Nguyễn Văn Phong' } } })).totalDocs).toBe(1)
    const other = await runImport(payload, [page('b.txt', body('đồng chí Nguyễn Văn Phong, Bí thư Huyện ủy Gia Lâm,', '06/3'))], { status: 'draft' })
    const { docs } = await payload.find({ collection: 'officials', where: { fullName: { equals: 'Nguyễn Văn Phong' } }, depth: 0, sort: 'createdAt' })
    expect(docs).toHaveLength(2)
    expect(docs[1].possibleDuplicates).toEqual([phong.id])
    expect(docs[1].positions?.map((p) => p.title)).toEqual(['Bí thư Huyện ủy Gia Lâm'])
    expect((other.results[0] as { notes: string[] }).notes.join(' ')).toMatch(/Nguyễn Văn Phong.*cùng tên/)
    // the matched official's post is dated by the reports that state it
    const matched = await payload.findByID({ collection: 'officials', id: phong.id, depth: 0 })
    const post = matched.positions!.find((p) => p.title === 'Phó Bí thư Thành ủy')!
    expect([new Date(post.start!).toISOString(), new Date(post.end!).toISOString()]).toEqual(['2022-01-13T07:23:00.000Z', '2023-03-05T01:00:00.000Z'])
  })
})

describe('killing an import and running it again', () => {
  it('leaves exactly one copy of everything', async () => {
    const payload = await testPayload()
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-kill-'))
    const base = seedFile(SEED_PAGES[0].file)
    for (let i = 1; i <= 40; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0')
      const text = base
        .replace('( Cập nhật:28/12/2023 15:07:27)', `( Cập nhật:${day}/0${1 + (i % 9)}/2024 09:${String(i).padStart(2, '0')}:00)`)
        .replace('Hải Dương: Công tác dân vận góp phần', `Hải Dương: Công tác dân vận đợt ${i} góp phần`)
        .replace('Đồng chí Nguyễn Văn Phú,', `Đồng chí Nguyễn Văn Phú${i % 2 ? '' : ' Kiên'},`)
      fs.writeFileSync(path.join(dir, `trang-${String(i).padStart(2, '0')}.txt`), text)
    }
    const before = (await payload.count({ collection: 'reports' })).totalDocs
    const run = () =>
      spawn('npx', ['tsx', 'scripts/import.ts', dir, '--status', 'published'], { env: { ...process.env, LOG_LEVEL: 'error' }, stdio: 'ignore' })
    // kill it once some pages are in, mid-run
    const first = run()
    const exited = new Promise((resolve) => first.on('exit', resolve))
    while ((await payload.count({ collection: 'reports' })).totalDocs < before + 5) await new Promise((r) => setTimeout(r, 50))
    first.kill('SIGKILL')
    await exited
    const partial = (await payload.count({ collection: 'reports' })).totalDocs - before
    expect(partial).toBeLessThan(40)
    const second = run()
    expect(await new Promise((resolve) => second.on('exit', resolve))).toBe(0)
    expect((await payload.count({ collection: 'reports' })).totalDocs - before).toBe(40)
    const { docs } = await payload.find({ collection: 'reports', where: { title: { like: 'đợt' } }, depth: 0, limit: 100, select: { sourceFingerprint: true } })
    expect(new Set(docs.map((d) => d.sourceFingerprint)).size).toBe(40)
    for (const name of ['Nguyễn Văn Phú', 'Nguyễn Văn Phú Kiên', 'Trần Đức Thắng'])
      expect((await payload.count({ collection: 'officials', where: { fullName: { equals: name } } })).totalDocs, name).toBe(1)
    expect((await payload.count({ collection: 'legal-documents', where: { number: { equals: '04/2015/NĐ-CP' } } })).totalDocs).toBe(1)
    fs.rmSync(dir, { recursive: true, force: true })
  }, 120_000)
})
