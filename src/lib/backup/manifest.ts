import { createHash } from 'node:crypto'

/**
 * The backup's table of contents, the archive's last entry: what it holds (documents and
 * versions per collection, files) and every other entry's size and SHA-256, so a restore can
 * check the whole archive before it writes anything.
 */
export const MANIFEST_NAME = 'manifest.json'
export const FORMAT = 'dan-van-cms-backup'
export const FORMAT_VERSION = 1

export type EntrySum = { name: string; size: number; sha256: string }

export type Manifest = {
  format: typeof FORMAT
  formatVersion: number
  createdAt: string
  /** The adapter the documents came from: ids are numbers on SQLite, 24-hex strings on MongoDB. */
  source: { database: 'sqlite' | 'mongodb'; appVersion: string }
  counts: Record<string, { documents: number; versions: number }>
  /** Each global's documents (1, or 0 when it was never saved); absent in archives written before globals were backed up. */
  globals?: Record<string, number>
  files: number
  /** Files a media document names that were not found when the backup ran (a photo deleted meanwhile). */
  missingFiles: string[]
  entries: EntrySum[]
}

export const sha256 = (body: Buffer): string => createHash('sha256').update(body).digest('hex')

/** Entry names: documents and versions in chunks, then each global, then files. */
export const documentsEntry = (collection: string, chunk: number): string => `collections/${collection}/${String(chunk).padStart(5, '0')}.jsonl`
export const versionsEntry = (collection: string, chunk: number): string => `versions/${collection}/${String(chunk).padStart(5, '0')}.jsonl`
/** Photos' files under media/, legal documents' attachments under documents/. */
export const FILE_FOLDERS = ['media', 'documents'] as const
export type FileFolder = (typeof FILE_FOLDERS)[number]
export const fileEntry = (folder: FileFolder, filename: string): string => `${folder}/${filename}`
const FILE_ENTRY = new RegExp(`^(${FILE_FOLDERS.join('|')})/([^/]+)$`)
export const globalEntry = (global: string): string => `globals/${global}.json`

export type EntryKind = { kind: 'documents' | 'versions'; collection: string } | { kind: 'global'; global: string } | { kind: 'file'; folder: FileFolder; filename: string } | { kind: 'manifest' } | { kind: 'unknown' }

export function entryKind(name: string): EntryKind {
  if (name === MANIFEST_NAME) return { kind: 'manifest' }
  const docs = /^(collections|versions)\/([a-z0-9-]+)\/\d+\.jsonl$/.exec(name)
  if (docs) return { kind: docs[1] === 'collections' ? 'documents' : 'versions', collection: docs[2] }
  const global = /^globals\/([a-z0-9-]+)\.json$/.exec(name)
  if (global) return { kind: 'global', global: global[1] }
  const file = FILE_ENTRY.exec(name)
  if (file) return { kind: 'file', folder: file[1] as FileFolder, filename: file[2] }
  return { kind: 'unknown' }
}

/** JSON lines: one document a line. */
export const toJsonLines = (docs: unknown[]): Buffer => Buffer.from(docs.map((d) => JSON.stringify(d)).join('\n') + (docs.length ? '\n' : ''), 'utf8')
export const fromJsonLines = <T>(body: Buffer): T[] =>
  body
    .toString('utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as T)

/** Parses the manifest, or says in Vietnamese why it is not one this version can restore. */
export function parseManifest(body: Buffer): Manifest | string {
  let data: Partial<Manifest>
  try {
    data = JSON.parse(body.toString('utf8'))
  } catch {
    return 'Mục lục (manifest.json) của bản sao lưu không đọc được.'
  }
  if (data.format !== FORMAT) return 'Tệp này không phải bản sao lưu của Dân vận CMS.'
  if (data.formatVersion !== FORMAT_VERSION) return `Bản sao lưu định dạng ${data.formatVersion}; phiên bản này đọc định dạng ${FORMAT_VERSION}.`
  if (!Array.isArray(data.entries) || typeof data.counts !== 'object' || !data.source) return 'Mục lục (manifest.json) của bản sao lưu thiếu phần bắt buộc.'
  return data as Manifest
}

/**
 * Compares what was read with what the manifest lists: every entry there, of its size and sum,
 * and nothing else. Returns the problems, in Vietnamese; empty when the archive is whole.
 */
export function checkEntries(manifest: Manifest, read: EntrySum[]): string[] {
  const problems: string[] = []
  const listed = new Map(manifest.entries.map((e) => [e.name, e]))
  const seen = new Set<string>()
  for (const entry of read) {
    const expected = listed.get(entry.name)
    if (!expected) problems.push(`"${entry.name}" không có trong mục lục.`)
    else if (expected.size !== entry.size || expected.sha256 !== entry.sha256) problems.push(`"${entry.name}" bị hỏng (kích thước hoặc mã SHA-256 không khớp).`)
    if (seen.has(entry.name)) problems.push(`"${entry.name}" xuất hiện hai lần.`)
    seen.add(entry.name)
  }
  for (const name of listed.keys()) if (!seen.has(name)) problems.push(`Thiếu "${name}".`)
  return problems
}
