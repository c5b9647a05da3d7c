import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createHeadlessEditor } from '@lexical/headless'
import config from '@payload-config'
import { getEnabledNodes, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import { AlignmentType, ImageRun, Paragraph, TextRun } from 'docx'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { lexicalParagraphs } from '../../src/lib/import/toLexical'
import type { Media, Report } from '../../src/payload-types'
import { samplePhoto } from '../fixtures/photo'
import { SEED_PAGES, seedLine } from '../fixtures/seedPages'
import { badInputs, captionLine, pack, photoRun, pngBomb, seedDocx, structuredDocx } from '../fixtures/wordDocx'
import { loginToken, makeUser, openUnit, rest, testPayload, unitNamed } from './helpers'

const form = (files: { name: string; bytes: Uint8Array }[], fields: Record<string, string> = {}) => {
  const body = new FormData()
  for (const f of files) body.append('files', new Blob([f.bytes as BlobPart]), f.name)
  for (const [k, v] of Object.entries(fields)) body.append(k, v)
  return body
}
const importDocx = (token: string, files: { name: string; bytes: Uint8Array }[], fields?: Record<string, string>) => rest('POST', '/reports/import-word', { token, form: form(files, fields) })

type Node = { type: string; value?: unknown; children?: Node[] }
const lines = (file: string) => fs.readFileSync(path.resolve('seed/documents', file), 'utf8').split('\n')
const filesIn = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => fs.statSync(path.join(dir, f)).isFile()) : [])

/** The stored body must be a state Payload's editor (with our features) can load. */
async function loadsInEditor(body: unknown) {
  // the body field's own editor (our features: tables, Word paste…), not Payload's defaults
  const reports = (await config).collections.find((c) => c.slug === 'reports')!
  const field = reports.flattenedFields.find((f) => 'name' in f && f.name === 'body') as { editor?: { editorConfig?: SanitizedServerEditorConfig } }
  const editorConfig = field.editor!.editorConfig!
  const editor = createHeadlessEditor({ nodes: getEnabledNodes({ editorConfig }), onError: (e) => { throw e } })
  editor.setEditorState(editor.parseEditorState(body as never))
  return editor.getEditorState().toJSON()
}

describe('Nhập từ Word (POST /api/reports/import-word)', () => {
  let payload: Payload
  const counts = async () => ({
    reports: (await payload.count({ collection: 'reports' })).totalDocs,
    media: (await payload.count({ collection: 'media' })).totalDocs,
    files: filesIn(process.env.MEDIA_DIR!).length,
  })

  beforeAll(async () => {
    payload = await testPayload()
  })

  for (const expected of SEED_PAGES) {
    it(`makes a draft of ${expected.file} with its photos, captions, author and references`, async () => {
      // an undated document is dated when published (now): only a board that still exists takes it
      const unit = expected.dateApproximate ? await openUnit(payload) : await unitNamed(payload, expected.unit)
      const token = await loginToken((await makeUser(payload, ['contributor'], [unit.id])).email)
      const response = await importDocx(token, [{ name: `${expected.file}.docx`, bytes: await seedDocx(expected) }])
      expect(response.status, JSON.stringify(response.body)).toBe(201)
      const [result] = response.body.results
      expect(result).toMatchObject({ action: 'created', title: expected.title, unit: unit.name, photos: expected.captions.length })
      const report = (await payload.findByID({ collection: 'reports', id: result.id, draft: true, depth: 1 })) as Report
      const text = lines(expected.file)
      const article = expected.article.map((ref) => seedLine(text, ref))
      if (expected.leadPrefix) article[0] = article[0].slice(expected.leadPrefix.length)
      const captions = expected.captions.map((ref) => seedLine(text, ref))
      expect(report).toMatchObject({ _status: 'draft', workflowState: 'draft', title: expected.title, byline: expected.byline ?? null, source: expected.source ?? null, titleNeedsReview: Boolean(expected.titleDerived) })
      expect(report.publishedAt ?? null).toBe(expected.dateApproximate ? null : expected.publishedAt)
      expect(report.lead).toBe(article.find((p) => !captions.includes(p)))
      // every paragraph in order, with each photo where it stood and its caption on the photo
      const body = (await loadsInEditor(report.body)).root.children as unknown as Node[]
      const photos = body.filter((n) => n.type === 'upload').map((n) => n.value as Media)
      expect(photos.map((m) => m.caption)).toEqual(captions)
      const texts = lexicalParagraphs(report.body)
      let photo = 0
      expect(body.map((n, i) => (n.type === 'upload' ? `[${captions[photo++]}]` : texts[i]))).toEqual(article.filter((p) => p !== report.lead).map((p) => (captions.includes(p) ? `[${p}]` : p)))
      for (const m of photos) {
        expect(m.alt).toBe(m.caption)
        expect(m.unit).toBe(unit.id)
        expect(Object.keys(m.variants as object)).toEqual(expect.arrayContaining(['thumbnail', 'card', 'hero', 'social']))
      }
      expect((report.featuredImage as Media | null)?.id ?? null).toBe(photos[0]?.id ?? null)
      expect(report.officials?.length).toBe(Object.keys(expected.officials).length)
      expect(report.legalDocuments?.length).toBe(expected.legalDocuments.length)
      expect(report.models?.length).toBe(expected.models.length)
      expect(result.summary.recognised.join(' ')).toContain(`${article.length} đoạn`)
      expect(report.importNotes).toMatch(/^Nhập từ Word/)
    })
  }

  it('keeps nested lists, a table, a quote, links and formats in a body the editor loads', async () => {
    const unit = await unitNamed(payload, 'Ban Dân vận Thành ủy Hà Nội')
    const token = await loginToken((await makeUser(payload, ['editor'], [unit.id])).email)
    const response = await importDocx(token, [{ name: 'cau-truc.docx', bytes: await structuredDocx() }])
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    const report = await payload.findByID({ collection: 'reports', id: response.body.results[0].id, draft: true, depth: 0 })
    const state = await loadsInEditor(report.body)
    expect((state.root.children as unknown as Node[]).map((n) => n.type)).toEqual(['heading', 'paragraph', 'list', 'paragraph', 'list', 'quote', 'table', 'paragraph'])
    expect(JSON.stringify(state)).toContain('"url":"https://dangcongsan.vn/dan-van"')
  })

  it('strips EXIF and GPS, reuses a photo already in the unit, and puts a photo more than once by one file', async () => {
    const unit = await unitNamed(payload, 'Ban Dân vận Thành ủy Hà Nội')
    const token = await loginToken((await makeUser(payload, ['editor'], [unit.id])).email)
    const camera = await sharp(await samplePhoto(640, 480))
      .withExif({ IFD0: { Make: 'Máy ảnh thử' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 1/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 51/1 0/1' } })
      .jpeg()
      .toBuffer()
    const docx = await pack([
      new Paragraph({ heading: 'Title', children: [new TextRun('Hà Nội: Ra quân hưởng ứng Ngày pháp luật')] }),
      new Paragraph('Sáng 9/11, Ban Dân vận Thành ủy Hà Nội phối hợp tổ chức lễ ra quân hưởng ứng Ngày pháp luật Việt Nam tại các phường.'),
      new Paragraph({ children: [await photoRun('Lễ ra quân tại quận Hoàn Kiếm', camera)] }),
      captionLine('Lễ ra quân tại quận Hoàn Kiếm'),
      new Paragraph('Các đoàn viên thanh niên tuyên truyền pháp luật tới từng hộ gia đình trên địa bàn các phường của quận.'),
      new Paragraph({ children: [await photoRun(undefined, camera)] }),
    ])
    const first = await importDocx(token, [{ name: 'ra-quan.docx', bytes: docx }])
    expect(first.status).toBe(201)
    const before = await counts()
    const second = await importDocx(token, [{ name: 'ra-quan-lan-2.docx', bytes: docx }])
    expect(second.status).toBe(201)
    expect(await counts()).toMatchObject({ media: before.media, reports: before.reports + 1, files: before.files })
    const ids = async (id: number | string) => ((await payload.findByID({ collection: 'reports', id, draft: true, depth: 0 })).body!.root.children as unknown as Node[]).filter((n) => n.type === 'upload').map((n) => n.value)
    const firstIds = await ids(first.body.results[0].id)
    expect(firstIds).toHaveLength(2)
    expect(new Set(firstIds).size).toBe(1)
    expect(await ids(second.body.results[0].id)).toEqual(firstIds)
    const media = await payload.findByID({ collection: 'media', id: firstIds[0] as number, depth: 0 })
    const stored = await sharp(path.join(process.env.MEDIA_DIR!, 'photos', media.filename!)).metadata()
    expect(stored.exif).toBeUndefined()
    expect(stored.format).toBe('jpeg')
  })

  it('skips and reports photos the media pipeline refuses (a GIF, a decompression bomb), and makes the report from the rest', async () => {
    const unit = await unitNamed(payload, 'Ban Dân vận Thành ủy Hà Nội')
    const token = await loginToken((await makeUser(payload, ['editor'], [unit.id])).email)
    const frame = (c: string) => sharp({ create: { width: 16, height: 16, channels: 3, background: c } }).png().toBuffer()
    const animated = await sharp([await frame('#ff0000'), await frame('#0000ff')], { join: { animated: true } }).gif().toBuffer()
    const before = await counts()
    const response = await importDocx(token, [
      {
        name: 'anh-dong.docx',
        bytes: await pack([
          new Paragraph({ heading: 'Title', children: [new TextRun('Hà Nội: Tuyên truyền an toàn giao thông')] }),
          new Paragraph('Sáng 3/3, Ban Dân vận Thành ủy Hà Nội phối hợp tuyên truyền an toàn giao thông cho học sinh các trường trung học.'),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: 'gif', data: animated, transformation: { width: 16, height: 16 } })] }),
          captionLine('Ảnh động không được nhận'),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: await pngBomb(), transformation: { width: 300, height: 300 } })] }),
          new Paragraph({ children: [await photoRun()] }),
          captionLine('Học sinh tham gia buổi tuyên truyền'),
        ]),
      },
    ])
    expect(response.status).toBe(201)
    const [result] = response.body.results
    expect(result.photos, JSON.stringify(result)).toBe(1)
    expect(result.summary.toCheck, JSON.stringify(result)).toEqual(
      expect.arrayContaining(['Ảnh 1 bị bỏ qua: Định dạng GIF không được hỗ trợ; hãy dùng JPEG, PNG hoặc WebP.', 'Ảnh 2 bị bỏ qua: Ảnh quá lớn (30000×30000 điểm ảnh, tối đa 80 megapixel).']),
    )
    expect(await counts()).toMatchObject({ media: before.media + 1, reports: before.reports + 1 })
  })

  it('refuses what is not a .docx, in Vietnamese, saying what to do, and leaves nothing behind', async () => {
    const unit = await unitNamed(payload, 'Ban Dân vận Thành ủy Hà Nội')
    const token = await loginToken((await makeUser(payload, ['contributor'], [unit.id])).email)
    const before = await counts()
    for (const bad of await badInputs()) {
      const response = await importDocx(token, [bad])
      expect(response.status, bad.name).toBeGreaterThanOrEqual(400)
      expect(response.status, bad.name).toBeLessThan(500)
      expect(response.body.errors[0].message, bad.name).toMatch(/Hãy .*\.docx/)
      expect(response.body.results[0].code, bad.name).toBe(bad.code)
    }
    // over MAX_UPLOAD_MB
    const limit = process.env.MAX_UPLOAD_MB
    process.env.MAX_UPLOAD_MB = '0.01'
    try {
      const big = await importDocx(token, [{ name: 'lon.docx', bytes: await seedDocx(SEED_PAGES[0]) }])
      expect(big.status).toBe(413)
      expect(big.body.errors[0].message).toMatch(/lớn hơn 0 MB|lớn hơn .* MB cho phép/)
    } finally {
      if (limit === undefined) delete process.env.MAX_UPLOAD_MB
      else process.env.MAX_UPLOAD_MB = limit
    }
    // a unit the contributor is not in
    const elsewhere = await unitNamed(payload, 'Ban Dân vận Tỉnh ủy Cà Mau')
    const refused = await importDocx(token, [{ name: 'don-vi-khac.docx', bytes: await seedDocx(SEED_PAGES[1]) }], { unit: String(elsewhere.id) })
    expect(refused.status).toBe(403)
    // a document whose report cannot be saved (a title over 300 characters) takes its stored photos away again
    const tooLong = await importDocx(token, [
      {
        name: 'tieu-de-dai.docx',
        bytes: await pack([
          new Paragraph({ heading: 'Title', children: [new TextRun(`Hà Nội: ${'Tuyên truyền pháp luật '.repeat(16)}`)] }),
          new Paragraph('Sáng 9/11, Ban Dân vận Thành ủy Hà Nội phối hợp tổ chức lễ ra quân hưởng ứng Ngày pháp luật Việt Nam.'),
          new Paragraph({ children: [await photoRun()] }),
          captionLine('Lễ ra quân'),
        ]),
      },
    ])
    expect(tooLong.status).toBe(400)
    expect(tooLong.body.errors[0].message).toMatch(/^title: Dài quá 300 ký tự/)
    expect(await counts()).toEqual(before)
  })

  it('imports several files at once, each with its own result', async () => {
    const unit = await unitNamed(payload, 'Ban Dân vận Thành ủy Hà Nội')
    const token = await loginToken((await makeUser(payload, ['approver'], [unit.id])).email)
    const [bad] = await badInputs()
    const response = await importDocx(token, [{ name: 'cau-truc.docx', bytes: await structuredDocx() }, bad])
    expect(response.status).toBe(201)
    expect(response.body.results.map((r: { file: string; action: string }) => [r.file, r.action])).toEqual([
      ['cau-truc.docx', 'created'],
      [bad.name, 'failed'],
    ])
    expect(response.body.results[1].reason).toMatch(/Word 97–2003/)
  })

  it('reads the upload as it streams in: a Vietnamese file name kept, more than 20 files and a body that is not multipart refused', async () => {
    const unit = await unitNamed(payload, 'Ban Dân vận Thành ủy Hà Nội')
    const token = await loginToken((await makeUser(payload, ['editor'], [unit.id])).email)
    const named = await importDocx(token, [{ name: 'Báo cáo tổng kết năm.docx', bytes: await structuredDocx() }])
    expect(named.status, JSON.stringify(named.body)).toBe(201)
    expect(named.body.results[0].file).toBe('Báo cáo tổng kết năm.docx')
    const report = await payload.findByID({ collection: 'reports', id: named.body.results[0].id, draft: true, depth: 0 })
    expect(report.importNotes).toContain('Nhập từ Word (Báo cáo tổng kết năm.docx)')
    const [bad] = await badInputs()
    const before = await counts()
    const many = await importDocx(token, Array.from({ length: 21 }, (_, i) => ({ name: `tep-${i}.docx`, bytes: bad.bytes })))
    expect(many.status).toBe(400)
    expect(many.body.errors[0].message).toBe('Mỗi lần nhập tối đa 20 tệp.')
    const notForm = await rest('POST', '/reports/import-word', { token, json: { files: [] } })
    expect(notForm.status).toBe(400)
    expect(notForm.body.errors[0].message).toBe('Yêu cầu không đúng dạng multipart/form-data.')
    expect(await counts()).toEqual(before)
  })

  it('npm run import names a file of a kind it does not read, with the kinds it reads', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'word-cli-'))
    const doc = path.join(dir, 'bao-cao.doc')
    fs.writeFileSync(doc, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from('WordDocument', 'utf16le')]))
    const run = spawnSync('npx', ['tsx', 'scripts/import.ts', doc], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'error' } })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(`Không nhập được "${doc}": tài liệu Word 97–2003 (.doc). Lệnh nhập đọc trang .txt, .html (.htm) và tài liệu Word .docx. Hãy lưu tệp dưới dạng .docx rồi nhập lại.`)
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('npm run import --dry-run reads a .docx and says what it would make, writing nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'word-cli-'))
    const docx = path.join(dir, 'hoi-nghi.docx')
    fs.writeFileSync(docx, await structuredDocx())
    const before = await counts()
    const run = spawnSync('npx', ['tsx', 'scripts/import.ts', docx, '--dry-run'], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'error', DATABASE_PUSH: 'false' } })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain('sẽ tạo bản nháp "Kết quả thực hiện Quy chế dân chủ ở cơ sở năm 2024" (chạy thử, không ghi gì)')
    expect(run.stdout).toMatch(/Nhận ra: .*1 bảng/)
    expect(await counts()).toEqual(before)
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('answers in English to an English admin, and refuses readers who may not write reports', async () => {
    const [bad] = await badInputs()
    const admin = await loginToken((await makeUser(payload, ['admin'], [])).email)
    const english = await rest('POST', '/reports/import-word', { token: admin, form: form([bad]), language: 'en' })
    expect(english.body.errors[0].message).toMatch(/Save it as \.docx|save it as \.docx/)
    expect((await rest('POST', '/reports/import-word', { form: form([bad]) })).status).toBe(403)
  })
})
