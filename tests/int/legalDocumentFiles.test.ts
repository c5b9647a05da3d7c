/**
 * A legal document's attachment (PDF, Word), as an editor uploads, replaces and deletes it
 * through the API: stored under a name of its own, served from the folder (or the bucket), never
 * lost to a change that is refused, and removed only once a replacement or a deletion is
 * committed; a file a crash left without its document goes at the next start.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { recoverUploads } from '../../collections/Media/recoverUploads'
import { documentsDir } from '../../collections/LegalDocuments/storage'
import { legalDocumentSlug } from '../../src/lib/site/urls'
import type { User } from '../../src/payload-types'
import { loginToken, makeUser, rest, testPayload, uniq, unitNamed } from './helpers'

const { getLegalDocument } = await import('../../src/site/legal')

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\nxref\n0 2\ntrailer << /Root 1 0 R >>\nstartxref\n9\n%%EOF\n`)

function form(data: Record<string, unknown>, file?: { body: Buffer; name: string }): FormData {
  const body = new FormData()
  body.append('_payload', JSON.stringify(data))
  if (file) body.append('file', new Blob([new Uint8Array(file.body)], { type: 'application/pdf' }), file.name)
  return body
}

const stored = () => (fs.existsSync(documentsDir) ? fs.readdirSync(documentsDir).sort() : [])

describe('legal documents: their attached files', () => {
  let payload: Payload
  let editor: User
  let token: string

  beforeAll(async () => {
    payload = await testPayload()
    editor = await makeUser(payload, ['editor'], [(await unitNamed(payload, 'Ban Dân vận Thành ủy Hà Nội')).id])
    token = await loginToken(editor.email)
  })

  const create = async (number: string, body: Buffer) => {
    const res = await rest('POST', '/legal-documents', { token, form: form({ type: 'decree', number, issuingBody: 'Chính phủ' }, { body, name: 'Quyết định.pdf' }) })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body.doc as { id: number | string; filename: string; url: string }
  }
  const served = async (filename: string) => {
    const res = await rest('GET', `/legal-documents/file/${encodeURIComponent(filename)}`)
    return { status: res.status, body: typeof res.body === 'string' ? res.body : JSON.stringify(res.body), type: res.headers.get('content-type') }
  }

  it('stores each upload under a name of its own and serves it, shown to readers by the name it was uploaded under', async () => {
    const number = `${uniq()}/2026/NĐ-CP`
    const first = await create(number, pdf('first'))
    const second = await create(`${uniq()}/2026/NĐ-CP`, pdf('second'))
    expect(first.filename).toMatch(/^quyet-dinh-[0-9a-f]{16}\.pdf$/)
    expect(second.filename).not.toBe(first.filename)
    expect(await served(first.filename)).toMatchObject({ status: 200, type: 'application/pdf' })
    expect((await served(first.filename)).body).toContain('first')
    expect((await served(second.filename)).body).toContain('second')
    expect((await served('khong-co.pdf')).status).toBe(404)
    // the public page links the stored file and names it without the random part
    const page = await getLegalDocument(legalDocumentSlug(number))
    expect(page?.document.file).toMatchObject({ url: first.url, filename: 'quyet-dinh.pdf' })
  })

  it('serves one byte range to a PDF viewer, and spares a reader who has the file', async () => {
    const doc = await create(`${uniq()}/2026/NĐ-CP`, pdf('ranged'))
    const url = `/legal-documents/file/${encodeURIComponent(doc.filename)}`
    const whole = await rest('GET', url)
    const etag = whole.headers.get('etag')
    expect([whole.headers.get('accept-ranges'), etag]).toEqual(['bytes', expect.stringMatching(/^"[\w-]+"$/)])
    const part = await rest('GET', url, { headers: { Range: 'bytes=0-7' } })
    expect([part.status, part.body, part.headers.get('content-range')]).toEqual([206, '%PDF-1.4', `bytes 0-7/${pdf('ranged').length}`])
    expect((await rest('GET', url, { headers: { Range: 'bytes=100000-' } })).status).toBe(416)
    const again = await rest('GET', url, { headers: { 'If-None-Match': etag! } })
    expect([again.status, again.body]).toEqual([304, ''])
  })

  it('keeps the file when a replacement is refused, and writes nothing for it', async () => {
    const doc = await create(`${uniq()}/2026/QĐ-TTg`, pdf('kept'))
    const before = stored()
    const refused = await rest('PATCH', `/legal-documents/${doc.id}`, { token, form: form({ number: '' }, { body: pdf('refused'), name: 'Bản mới.pdf' }) })
    expect(refused.status).toBe(400)
    // Payload removed the old file before it validated the change: the document then named a file that was gone
    expect((await served(doc.filename)).body).toContain('kept')
    expect(stored()).toEqual(before)
  })

  it('removes the replaced file once the replacement is saved, and the file of a deleted document', async () => {
    const doc = await create(`${uniq()}/2026/NQ-CP`, pdf('old'))
    const replaced = await rest('PATCH', `/legal-documents/${doc.id}`, { token, form: form({ summary: 'Bản đã sửa' }, { body: pdf('new'), name: 'Bản mới.pdf' }) })
    expect(replaced.status, JSON.stringify(replaced.body)).toBe(200)
    const now = replaced.body.doc.filename as string
    expect(now).toMatch(/^ban-moi-[0-9a-f]{16}\.pdf$/)
    expect((await served(now)).body).toContain('new')
    expect((await served(doc.filename)).status).toBe(404)
    expect(stored()).not.toContain(doc.filename)

    const admin = await makeUser(payload, ['admin'], [])
    const deleted = await rest('DELETE', `/legal-documents/${doc.id}`, { token: await loginToken(admin.email) })
    expect(deleted.status).toBe(200)
    expect(stored()).not.toContain(now)
  })

  it('removes at start a file a crash left without its document, and keeps every named one', async () => {
    const doc = await create(`${uniq()}/2026/CT-TW`, pdf('named'))
    const orphan = path.join(documentsDir, 'bo-lai-0123456789abcdef.pdf')
    fs.writeFileSync(orphan, pdf('orphan'))
    const hourAgo = new Date(Date.now() - 2 * 60 * 60 * 1000)
    fs.utimesSync(orphan, hourAgo, hourAgo)
    const plan = await recoverUploads(payload)
    expect(plan.removeFiles).toContain('bo-lai-0123456789abcdef.pdf')
    expect(fs.existsSync(orphan)).toBe(false)
    expect(stored()).toContain(doc.filename)
  })
})
