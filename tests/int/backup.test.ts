/**
 * Backup and restore (issue 14): a seeded site with reports in every workflow state, photos,
 * officials, comments and versions → `npm run backup` beside this live process → `npm run
 * restore` into a fresh SQLite database (ids kept, and renumbered as a restore from MongoDB
 * would) and, with MONGODB_URI, into MongoDB → every document, version and file the same,
 * every relation pointing at the same document (tests/support/siteDump.ts), the portal links (a
 * global) as edited, and the statistics of every unit the same by name. A damaged archive
 * and a database that is not empty are refused with nothing written; only admins may download.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { transitionReport } from '../../collections/Reports/workflow/transitionReport'
import { countView, flushViews } from '../../src/site/viewCounter'
import { EXIT } from '../../src/lib/cli/exitCodes'
import { checkEntries, parseManifest, sha256, MANIFEST_NAME, type EntrySum } from '../../src/lib/backup/manifest'
import { TarReader } from '../../src/lib/backup/tar'
import type { User } from '../../src/payload-types'
import { runNpmScript, runTool } from '../support/runTool'
import { dumpSite, type SiteDump } from '../support/siteDump'
import { loginToken, makeUser, openUnit, PASSWORD, rest, samplePhoto, testPayload, uniq, unitNamed } from './helpers'

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-backup-'))
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

type Target = { env: NodeJS.ProcessEnv; media: string }

/** A fresh, empty site to restore into: its own database (SQLite, or a MongoDB database) and media folder. */
function freshTarget(name: string, mongo = false): Target {
  const root = path.join(work, name)
  fs.mkdirSync(root, { recursive: true })
  let uri = `file:${path.join(root, 'restored.db')}`
  if (mongo) {
    const url = new URL(process.env.MONGODB_URI!)
    url.pathname = `/danvan_restore_${randomBytes(4).toString('hex')}`
    uri = url.toString()
  }
  const media = path.join(root, 'media')
  return { media, env: { ...process.env, DATABASE_URI: uri, MEDIA_DIR: media, DATA_DIR: path.join(root, 'data'), LOG_LEVEL: 'error' } }
}

const npm = runNpmScript

async function dumpOf(target: Target, login?: { email: string; password: string }): Promise<SiteDump & { login: boolean }> {
  const out = path.join(work, `dump-${uniq()}.json`)
  const run = await runTool('npx', ['tsx', 'tests/support/dumpSiteCli.ts', out], { ...target.env, LOGIN_EMAIL: login?.email ?? '', LOGIN_PASSWORD: login?.password ?? '' })
  if (run.status !== 0) throw new Error(`dump failed (${run.status}):\n${run.stdout}\n${run.stderr}`)
  return JSON.parse(fs.readFileSync(out, 'utf8'))
}

const documentCount = (dump: SiteDump) => Object.values(dump.raw).reduce((n, docs) => n + docs.length, 0)

describe('backup and restore', () => {
  let payload: Payload
  let editor: User
  let original: SiteDump
  const archive = path.join(work, 'site.tar')
  const liveEnv = () => ({ ...process.env, LOG_LEVEL: 'error' })

  beforeAll(async () => {
    payload = await testPayload()
    const unit = (await unitNamed(payload, 'Ban Dân vận Thành ủy Hà Nội')).id
    const [category, otherCategory] = (await payload.find({ collection: 'categories', limit: 2, sort: 'id' })).docs.map((c) => c.id)
    const organisation = (await payload.find({ collection: 'organisations', limit: 1, depth: 0 })).docs[0].id
    const contributor = await makeUser(payload, ['contributor'], [unit])
    editor = await makeUser(payload, ['editor'], [unit])
    const approver = await makeUser(payload, ['approver'], [unit])
    const photos: (number | string)[] = []
    for (let i = 0; i < 3; i++) {
      const data = await samplePhoto(640, 480)
      photos.push((await payload.create({ collection: 'media', data: { alt: `Ảnh hội nghị ${i}`, caption: `Quang cảnh hội nghị ${i}`, unit }, file: { data, mimetype: 'image/jpeg', name: `hoi-nghi-${i}.jpg`, size: data.length }, user: editor })).id)
    }
    // a legal document with its attachment (media/documents)
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nxref\n0 2\ntrailer << /Root 1 0 R >>\nstartxref\n9\n%%EOF\n')
    await payload.create({ collection: 'legal-documents', data: { type: 'decree', number: `${uniq()}/2026/NĐ-CP`, issuingBody: 'Chính phủ' }, file: { data: pdf, mimetype: 'application/pdf', name: 'Nghị định.pdf', size: pdf.length }, user: editor })
    const official = await payload.create({ collection: 'officials', data: { fullName: 'Nguyễn Thị Quyên', portrait: photos[2], positions: [{ title: 'Trưởng Ban Dân vận Thành ủy', organisation, from: '2020-01-01T00:00:00.000Z' }] } as never })
    // a deleted report leaves a gap in the ids, so a renumbered restore changes every later one
    const gone = await payload.create({ collection: 'reports', data: { title: `Sẽ xóa ${uniq()}`, unit } as never, user: contributor })
    await payload.delete({ collection: 'reports', id: gone.id })

    const report = async (title: string, linkTo?: number | string) =>
      payload.create({
        collection: 'reports',
        data: {
          title,
          lead: 'Sáng 24/7, Ban Dân vận tổ chức hội nghị sơ kết công tác dân vận.',
          unit,
          category,
          publishedAt: '2024-07-24T09:42:07.000Z',
          featuredImage: photos[0],
          gallery: [{ photo: photos[1], caption: 'Các đại biểu dự hội nghị' }],
          officials: [official.id],
          body: {
            root: {
              type: 'root', version: 1, direction: 'ltr', format: '', indent: 0,
              children: [
                { type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text: 'Đồng chí Nguyễn Thị Quyên phát biểu.', format: 0, detail: 0, mode: 'normal', style: '' }] },
                { type: 'upload', version: 3, relationTo: 'media', value: photos[1], fields: null, format: '' },
                { type: 'relationship', version: 2, relationTo: 'officials', value: official.id, format: '' },
                ...(linkTo
                  ? [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'link', version: 3, direction: 'ltr', format: '', indent: 0, fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'reports', value: linkTo } }, children: [{ type: 'text', version: 1, text: 'bài trước', format: 0, detail: 0, mode: 'normal', style: '' }] }] }]
                  : []),
              ],
            },
          },
        } as never,
        user: contributor,
        draft: true,
      })
    const step = (id: number | string, action: string, user: User, extra: { comment?: string; at?: string } = {}) => transitionReport(payload, { id, action, user, ...extra })

    const published = await report(`Hội nghị sơ kết công tác dân vận ${uniq()}`)
    await step(published.id, 'submit', contributor)
    await step(published.id, 'forward', editor)
    await step(published.id, 'publish', approver)
    // an edit pending over the published version: two versions, the live one not the latest
    await payload.update({ collection: 'reports', id: published.id, data: { title: `${published.title} (sửa)` } as never, draft: true, user: editor })
    const submitted = await report(`Mô hình Dân vận khéo ${uniq()}`, published.id)
    await step(submitted.id, 'submit', contributor)
    const inApproval = await report(`Năm Dân vận chính quyền ${uniq()}`, published.id)
    await step(inApproval.id, 'submit', contributor)
    await step(inApproval.id, 'forward', editor)
    const returned = await report(`Trả lại ${uniq()}`)
    await step(returned.id, 'submit', contributor)
    await step(returned.id, 'return', editor, { comment: 'Bổ sung số liệu mô hình' })
    const unpublished = await report(`Đã gỡ ${uniq()}`)
    await step(unpublished.id, 'submit', contributor)
    await step(unpublished.id, 'forward', editor)
    await step(unpublished.id, 'publish', approver)
    await step(unpublished.id, 'unpublish', approver, { comment: 'Sai số liệu' })
    const scheduled = await report(`Lên lịch ${uniq()}`)
    await step(scheduled.id, 'submit', contributor)
    await step(scheduled.id, 'forward', editor)
    await step(scheduled.id, 'schedulePublish', approver, { at: new Date(Date.now() + 30 * 86_400_000).toISOString() })
    await report(`Bản nháp ${uniq()}`)
    await payload.create({ collection: 'report-comments', data: { report: submitted.id, text: 'Cần thêm ảnh đại biểu.' } as never, user: editor })
    await payload.create({ collection: 'report-comments', data: { report: inApproval.id, text: 'Kiểm tra chức danh.' } as never, user: approver })
    // a second board's live report in another category, and readers' views of both boards: the
    // statistics (kept by unit id, with category, official and report ids inside) of two units
    const elsewhere = await payload.create({
      collection: 'reports',
      data: { title: `Dân vận khéo ở cơ sở ${uniq()}`, slug: `dan-van-kheo-o-co-so-${uniq()}`, unit: (await openUnit(payload)).id, category: otherCategory, officials: [official.id], publishedAt: '2024-03-05T02:00:00.000Z', _status: 'published', workflowState: 'published' },
      draft: false,
    })
    const load = () => Promise.resolve(payload)
    for (let i = 0; i < 3; i++) countView(load, String(elsewhere.id), new Date('2024-03-06T02:00:00.000Z'))
    for (let i = 0; i < 2; i++) countView(load, String(published.id), new Date('2024-07-25T02:00:00.000Z'))
    await flushViews(load)
    // a global an administrator edited: the footer's portal links
    await payload.updateGlobal({ slug: 'portal-links', data: { links: [{ name: 'Cổng thông tin điện tử Thành phố Hà Nội', url: 'https://hanoi.gov.vn' }, { name: 'Cổng thông tin điện tử Chính phủ', url: 'https://chinhphu.vn' }] } })
    original = await dumpSite(payload, process.env.MEDIA_DIR!)
    // what the restores are compared with holds the photos' files and the attachment
    expect(Object.keys(original.files).filter((name) => name.startsWith('documents/'))).toHaveLength(1)
    expect(Object.keys(original.files).length).toBeGreaterThan(10)
  })

  it('backs up the live site and restores it into an empty SQLite database: every document, version, relation and file the same', async () => {
    const backup = await npm('backup', [archive], liveEnv())
    expect(backup.stderr).not.toMatch(/✖/)
    expect(backup.status, backup.stderr).toBe(0)
    expect(backup.stdout).toMatch(/Đã sao lưu vào .*site\.tar: \d+ tài liệu, \d+ phiên bản, \d+ tệp ảnh/)
    // the site answered meanwhile and is unchanged
    expect((await payload.count({ collection: 'reports' })).totalDocs).toBe(original.raw.reports.length)

    const target = freshTarget('sqlite')
    const restore = await npm('restore', [archive], target.env)
    expect(restore.stderr).not.toMatch(/✖/)
    expect(restore.status, restore.stderr).toBe(0)
    expect(restore.stdout).toMatch(/Đã khôi phục \d+ tài liệu, \d+ phiên bản, \d+ tệp ảnh từ bản sao lưu SQLite/)

    const restored = await dumpOf(target, { email: editor.email, password: PASSWORD })
    expect(documentCount(original)).toBeGreaterThan(50)
    expect(original.raw.reports.length).toBe(8)
    expect(Object.keys(original.files).length).toBeGreaterThan(3)
    // byte for byte: the same ids on the same kind of database, password hashes and salts included
    expect(restored.raw).toEqual(original.raw)
    expect(restored.resolved).toEqual(original.resolved)
    expect(restored.versions).toEqual(original.versions)
    expect(restored.files).toEqual(original.files)
    expect(restored.login).toBe(true)
    // the portal links as the administrator left them, not the first start's list
    expect((original.globals['portal-links'] as { links: { url: string }[] }).links.map((l) => l.url)).toEqual(['https://hanoi.gov.vn', 'https://chinhphu.vn'])
    expect(restored.globals).toEqual(original.globals)
    // the search index rebuilt as the live site's hooks wrote it
    expect(original.search.length).toBeGreaterThanOrEqual(3) // two live reports and the official
    expect(restored.search).toEqual(original.search)
    // the statistics rebuilt: two boards' reports and views
    expect(original.statistics.find((t) => t.id === 'tin-bai-don-vi')?.rows).toHaveLength(2)
    expect(original.statistics.find((t) => t.id === 'doc-nhieu')?.rows).toHaveLength(2)
    expect(restored.statistics).toEqual(original.statistics)
  }, 600_000)

  it('restores with every id changed, as from the other adapter, and every relation still points at the same document', async () => {
    const target = freshTarget('renumbered')
    const restore = await npm('restore', [archive, '--renumber'], target.env)
    expect(restore.status, restore.stderr).toBe(0)
    expect(restore.stdout).toMatch(/Mã \(id\) mới cho: .*reports/)
    const restored = await dumpOf(target, { email: editor.email, password: PASSWORD })
    // the same documents under other ids: renumbered backwards, so id 1 is now another report
    const titled = (dump: SiteDump) => (dump.raw.reports as { id: number; title: string }[]).map((r) => `${r.id} ${r.title}`)
    expect(titled(restored).sort()).not.toEqual(titled(original).sort())
    expect(restored.raw.reports.map((r) => (r as { title: string }).title).sort()).toEqual(original.raw.reports.map((r) => (r as { title: string }).title).sort())
    expect(restored.resolved).toEqual(original.resolved)
    expect(restored.versions).toEqual(original.versions)
    expect(restored.files).toEqual(original.files)
    expect(restored.login).toBe(true)
    // the statistics worked out again under the new ids: every unit's, category's, official's and report's figures by name
    expect(restored.statistics).toEqual(original.statistics)
    const links = (dump: SiteDump) => (dump.globals['portal-links'] as { links: unknown[] }).links
    expect(links(restored)).toEqual(links(original))
  }, 600_000)

  it.skipIf(!process.env.MONGODB_URI)('restores the SQLite archive into MongoDB, relations and files intact', async () => {
    const target = freshTarget('mongodb', true)
    const restore = await npm('restore', [archive], target.env)
    expect(restore.status, restore.stderr).toBe(0)
    const restored = await dumpOf(target, { email: editor.email, password: PASSWORD })
    expect(restored.resolved).toEqual(original.resolved)
    expect(restored.versions).toEqual(original.versions)
    expect(restored.files).toEqual(original.files)
    expect(restored.login).toBe(true)
  }, 600_000)

  it('refuses a damaged archive with a message and writes nothing', async () => {
    const bytes = fs.readFileSync(archive)
    // a byte in the middle of the archive: inside a photo or a chunk of documents, not a header
    const damaged = Buffer.from(bytes)
    const at = Math.floor(bytes.length / 2)
    damaged[at] ^= 0x5a
    const file = path.join(work, 'damaged.tar')
    fs.writeFileSync(file, damaged)
    const target = freshTarget('damaged')
    const restore = await npm('restore', [file], target.env)
    expect(restore.status, restore.stderr).toBe(EXIT.refused)
    expect(restore.stderr).toMatch(/bị hỏng/)
    const cut = path.join(work, 'cut.tar')
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.7)))
    const cutRestore = await npm('restore', [cut], target.env)
    expect(cutRestore.status).toBe(EXIT.refused)
    expect(cutRestore.stderr).toMatch(/cắt ngắn|không đầy đủ|bị hỏng/)
    const after = await dumpOf(target)
    expect(documentCount(after)).toBe(0)
    expect(after.files).toEqual({})
  }, 300_000)

  it('refuses a database that is not empty unless told --replace', async () => {
    const target = freshTarget('sqlite') // restored by the first test
    const again = await npm('restore', [archive], target.env)
    expect(again.status, again.stderr).toBe(EXIT.refused)
    expect(again.stderr).toMatch(/đang có dữ liệu.*--replace/s)
    const replaced = await npm('restore', [archive, '--replace'], target.env)
    expect(replaced.status, replaced.stderr).toBe(0)
    expect(replaced.stdout).toMatch(/thay cho dữ liệu cũ/)
    expect((await dumpOf(target)).resolved).toEqual(original.resolved)
  }, 600_000)

  it('streams the same archive to a system administrator only', async () => {
    expect((await rest('GET', '/backup')).status).toBe(401)
    const refused = await rest('GET', '/backup', { token: await loginToken(editor.email) })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toBe('Chỉ quản trị hệ thống được tải bản sao lưu.')

    const admin = await makeUser(payload, ['admin'], [])
    const token = await loginToken(admin.email)
    const request = new Request('http://localhost:3000/api/backup', { headers: { Authorization: `JWT ${token}` } })
    const response = await handleEndpoints({ config, path: '/api/backup', request })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/x-tar')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="dan-van-cms-\d{8}-\d{4}\.tar"$/)
    const reader = new TarReader()
    const sums: EntrySum[] = []
    let manifest = null
    for (const entry of reader.push(Buffer.from(await response.arrayBuffer()))) {
      if (entry.name === MANIFEST_NAME) manifest = parseManifest(entry.body)
      else sums.push({ name: entry.name, size: entry.body.length, sha256: sha256(entry.body) })
    }
    expect(reader.finished).toBe(true)
    if (!manifest || typeof manifest === 'string') throw new Error(`no manifest: ${manifest}`)
    expect(checkEntries(manifest, sums)).toEqual([])
    expect(manifest.counts.reports).toEqual({ documents: 8, versions: original.versions.reports.length })
    expect(manifest.globals).toEqual({ 'portal-links': 1 })
    expect(manifest.counts.users.documents).toBe(original.raw.users.length + 1)
  }, 120_000)
})
