import { describe, expect, it } from 'vitest'
import { checkEntries, entryKind, FORMAT, FORMAT_VERSION, fromJsonLines, parseManifest, sha256, toJsonLines, type Manifest } from './manifest'

const manifest = (entries: Manifest['entries']): Manifest => ({ format: FORMAT, formatVersion: FORMAT_VERSION, createdAt: '', source: { database: 'sqlite', appVersion: '0' }, counts: {}, files: 0, missingFiles: [], entries })

describe('manifest', () => {
  it('names entries and tells their kind', () => {
    expect(entryKind('collections/report-comments/00001.jsonl')).toEqual({ kind: 'documents', collection: 'report-comments' })
    expect(entryKind('versions/reports/00002.jsonl')).toEqual({ kind: 'versions', collection: 'reports' })
    expect(entryKind('media/a-card.webp')).toEqual({ kind: 'file', folder: 'media', filename: 'a-card.webp' })
    expect(entryKind('documents/quyet-dinh-0123456789abcdef.pdf')).toEqual({ kind: 'file', folder: 'documents', filename: 'quyet-dinh-0123456789abcdef.pdf' })
    expect(entryKind('globals/portal-links.json')).toEqual({ kind: 'global', global: 'portal-links' })
    expect(entryKind('globals/../x.json').kind).toBe('unknown')
    expect(entryKind('manifest.json')).toEqual({ kind: 'manifest' })
    expect(entryKind('../etc/passwd').kind).toBe('unknown')
  })

  it('keeps documents as JSON lines', () => {
    const docs = [{ title: 'Dân vận khéo\nhai dòng' }, { id: 2 }]
    expect(fromJsonLines(toJsonLines(docs))).toEqual(docs)
    expect(fromJsonLines(toJsonLines([]))).toEqual([])
  })

  it('finds every damaged, missing and foreign entry', () => {
    const a = Buffer.from('a')
    const m = manifest([{ name: 'x', size: 1, sha256: sha256(a) }, { name: 'y', size: 1, sha256: sha256(a) }])
    expect(checkEntries(m, [{ name: 'x', size: 1, sha256: sha256(a) }, { name: 'y', size: 1, sha256: sha256(a) }])).toEqual([])
    const problems = checkEntries(m, [{ name: 'x', size: 1, sha256: sha256(Buffer.from('b')) }, { name: 'z', size: 1, sha256: '' }])
    expect(problems).toEqual(['"x" bị hỏng (kích thước hoặc mã SHA-256 không khớp).', '"z" không có trong mục lục.', 'Thiếu "y".'])
  })

  it('refuses what is not a manifest of this format', () => {
    expect(parseManifest(Buffer.from('{'))).toMatch(/không đọc được/)
    expect(parseManifest(Buffer.from('{"format":"other"}'))).toMatch(/không phải bản sao lưu/)
    expect(parseManifest(Buffer.from(JSON.stringify({ ...manifest([]), formatVersion: 99 })))).toMatch(/định dạng 99/)
    expect(parseManifest(Buffer.from(JSON.stringify(manifest([]))))).toMatchObject({ format: FORMAT })
  })
})
