import fs from 'node:fs'
import path from 'node:path'
import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { runDir } from '../../collections/ImportRuns/uploadedPages'
import { dataDir } from '../../src/lib/config/paths'
import { loginToken, makeUser, rest, testPayload, unitNamed } from './helpers'

const seed = (file: string) => fs.readFileSync(path.resolve('seed/documents', file))
const form = (files: { name: string; bytes: Uint8Array }[], fields: Record<string, string> = {}) => {
  const body = new FormData()
  for (const f of files) body.append('files', new Blob([f.bytes as BlobPart]), f.name)
  for (const [k, v] of Object.entries(fields)) body.append(k, v)
  return body
}
const importsDir = () => path.join(dataDir(), 'imports')
const leftovers = () => (fs.existsSync(importsDir()) ? fs.readdirSync(importsDir()) : [])

async function adminToken() {
  const payload = await testPayload()
  const units = (await payload.find({ collection: 'units', limit: 100 })).docs.map((u) => u.id)
  return loginToken((await makeUser(payload, ["admin"], units)).email)
}

describe('the admin import view', () => {
  it('refuses non-admins and bad uploads, storing nothing', async () => {
    const payload = await testPayload()
    const unit = await unitNamed(payload, 'Ban Dân vận Thành ủy Hà Nội')
    const editor = await loginToken((await makeUser(payload, ["editor"], [unit.id])).email)
    const page = { name: 'a.txt', bytes: seed('000_685e7a5b2e9a6421.txt') }
    expect((await rest('POST', '/import-runs/start', { token: editor, form: form([page]) })).status).toBe(403)
    const admin = await adminToken()
    const cases: [FormData, RegExp][] = [
      [form([]), /Chưa chọn tệp/],
      [form([{ name: 'anh.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff]) }]), /không phải trang .txt, .html hay tệp .zip/],
      [form([{ name: 'hong.zip', bytes: new TextEncoder().encode('not a zip') }]), /không phải tệp zip hợp lệ/],
      [form([{ name: 'rong.zip', bytes: zipSync({ 'anh.png': new Uint8Array([1]) }) }]), /Không có trang .txt hay .html/],
      [form([page], { status: 'xuat-ban' }), /Trạng thái phải là/],
      [form([page], { unit: '999999' }), /Không có đơn vị/],
    ]
    for (const [body, message] of cases) {
      const response = await rest('POST', '/import-runs/start', { token: admin, form: body })
      expect(response.status, String(message)).toBe(400)
      expect(response.body.errors[0].message).toMatch(message)
    }
    expect((await payload.count({ collection: 'import-runs' })).totalDocs).toBe(0)
    expect(leftovers()).toEqual([])
  })

  it('imports a zip as a job, with progress and a summary, and removes the upload', async () => {
    const payload = await testPayload()
    const admin = await adminToken()
    const zip = zipSync({
      'trang/hai-duong.txt': seed('000_685e7a5b2e9a6421.txt'),
      'trang/bac-ninh.txt': seed('004_69e811af1379700c.txt'),
      'trang/khong-ro.txt': new TextEncoder().encode('Một trang không nói địa phương nào\n\nNội dung ngắn gọn của một bài viết không nêu tên tỉnh, thành phố nào cả, chỉ có vậy thôi.\n'),
      'trang/logo.png': new Uint8Array([1, 2, 3]),
    })
    const response = await rest('POST', '/import-runs/start', { token: admin, form: form([{ name: 'cu.zip', bytes: zip }]) })
    expect(response.status).toBe(202)
    expect(response.body.doc.total).toBe(3)
    const id = response.body.doc.id
    let run = await payload.findByID({ collection: 'import-runs', id, depth: 0 })
    for (let i = 0; i < 300 && run.state !== 'done' && run.state !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 100))
      run = await payload.findByID({ collection: 'import-runs', id, depth: 0 })
    }
    expect(run).toMatchObject({ state: 'done', done: 3, created: 2, failed: 1 })
    const results = run.results as { file: string; action: string; reason?: string }[]
    expect(results.map((r) => [r.file, r.action])).toEqual([
      ['cu.zip/trang/bac-ninh.txt', 'created'],
      ['cu.zip/trang/hai-duong.txt', 'created'],
      ['cu.zip/trang/khong-ro.txt', 'failed'],
    ])
    expect(results[2].reason).toMatch(/đơn vị/)
    const drafts = await payload.find({ collection: 'reports', draft: true, where: { sourceFingerprint: { exists: true } }, depth: 0 })
    expect(drafts.docs.map((d) => d._status)).toEqual(['draft', 'draft'])
    expect(fs.existsSync(runDir(id))).toBe(false)
    // the run is readable by admins through REST, for the view to poll
    expect((await rest('GET', `/import-runs/${id}`, { token: admin })).body.state).toBe('done')
  }, 60_000)
})
