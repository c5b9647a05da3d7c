/**
 * Restores a backup archive (createBackup.ts) into this site's database and photo storage, of
 * either adapter: an archive from SQLite restores on MongoDB and back.
 *
 * 1. The whole archive is read once and checked (every entry against the manifest's size and
 *    SHA-256; the archive complete; a format this version reads) while the ids of its documents
 *    are collected. Any problem refuses the restore before anything is written.
 * 2. The database must be empty (the restoring process does not seed it: SEED_INITIAL=false)
 *    unless `replace` is given, which first deletes every document, version and photo file.
 * 3. Every document gets its id (kept where it fits the adapter, src/lib/backup/ids.ts) before
 *    any is written, so each is written once with its relations already pointing at the new
 *    ids (src/lib/backup/remap.ts); versions follow with their parents' new ids and their
 *    `latest` flags as they were; then the photo files.
 * 4. The site search's entries are rebuilt and the query planner's statistics refreshed.
 *
 * Writes go through payload.db, as the backup's reads do: the Local API's hooks would stamp new
 * dates, hash the hashes again, log every report's transition a second time and refuse reports
 * in boards that have since ended. On SQLite a document may be written before one it points at,
 * so foreign keys are checked once at the end (PRAGMA foreign_key_check) rather than per row.
 */
import type { CollectionSlug, Payload } from 'payload'
import { photoStore } from '../../collections/Media/storage'
import { refreshPlannerStatistics } from '../data/plannerStatistics'
import { assignIds, latestAfterCreation, lookupIn } from '../lib/backup/ids'
import { checkEntries, entryKind, fromJsonLines, parseManifest, sha256, type EntrySum, type Manifest } from '../lib/backup/manifest'
import { remapConventionalIds, remapDocument, type Id, type RemapStats } from '../lib/backup/remap'
import { TarFormatError, TarReader, type TarEntry } from '../lib/backup/tar'
import { rebuildSearchIndex } from '../lib/search/rebuild'
import { backedUpCollections, contentTypeOf, databaseKind, leftOutOfBackups, mediaFiles } from './collections'

/** A restore refused before anything was written; `problems` in Vietnamese. */
export class RestoreRefused extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
    readonly reason: 'corrupt' | 'not-empty' = 'corrupt',
  ) {
    super(problems.length ? `${message}\n${problems.map((p) => `  - ${p}`).join('\n')}` : message)
  }
}

export type RestoreProgress = { phase: 'checking' | 'documents' | 'versions' | 'files' | 'search'; done: number; total: number }

export type RestoreOptions = {
  replace?: boolean
  /** New ids for everything even where the old ones fit: how the tests cross adapters on SQLite alone. */
  renumber?: boolean
  onProgress?: (progress: RestoreProgress) => void
}

export type RestoreReport = {
  source: Manifest['source']
  counts: Record<string, { documents: number; versions: number }>
  files: number
  /** Collections whose ids were renewed (an archive from the other adapter). */
  renumbered: string[]
  /** Relations to documents the archive did not hold (saved while the backup ran), left empty. */
  dangling: number
  /** Collections of the archive this version does not have, skipped. */
  skipped: string[]
  replaced: boolean
  seconds: number
}

/** The archive's bytes, from the start, each time it is called. */
export type ArchiveSource = () => AsyncIterable<Buffer | Uint8Array>

async function* entriesOf(source: ArchiveSource): AsyncGenerator<TarEntry> {
  const reader = new TarReader()
  for await (const chunk of source()) yield* reader.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk))
  if (!reader.finished) throw new TarFormatError('cut short')
}

type Row = { id: Id } & Record<string, unknown>
type VersionRow = Row & { parent: Id; version: Record<string, unknown>; latest?: boolean | null; autosave?: boolean; createdAt: string; updatedAt: string; snapshot?: boolean; publishedLocale?: string }

/** Pass 1: the sums, the manifest and every document's id, or why the archive cannot be restored. */
async function check(source: ArchiveSource, progress: (done: number) => void): Promise<{ manifest: Manifest; ids: Map<string, Id[]> }> {
  const read: EntrySum[] = []
  const ids = new Map<string, Id[]>()
  let manifest: Manifest | string | null = null
  const problems: string[] = []
  try {
    for await (const entry of entriesOf(source)) {
      const kind = entryKind(entry.name)
      if (kind.kind === 'manifest') {
        manifest = parseManifest(entry.body)
        continue
      }
      read.push({ name: entry.name, size: entry.body.length, sha256: sha256(entry.body) })
      progress(read.length)
      if (kind.kind === 'unknown') continue
      if (kind.kind === 'documents') {
        try {
          const list = ids.get(kind.collection) ?? []
          for (const doc of fromJsonLines<Row>(entry.body)) list.push(doc.id)
          ids.set(kind.collection, list)
        } catch {
          problems.push(`"${entry.name}" không đọc được.`)
        }
      }
    }
  } catch (error) {
    if (!(error instanceof TarFormatError)) throw error
    throw new RestoreRefused('Tệp sao lưu bị hỏng hoặc không đầy đủ, không khôi phục gì.', [error.message === 'cut short' ? 'Tệp bị cắt ngắn (thiếu phần cuối).' : 'Cấu trúc tệp tar bị hỏng.'])
  }
  if (manifest === null) throw new RestoreRefused('Tệp sao lưu không có mục lục (manifest.json), có thể bị cắt ngắn; không khôi phục gì.')
  if (typeof manifest === 'string') throw new RestoreRefused(`${manifest} Không khôi phục gì.`)
  problems.push(...checkEntries(manifest, read))
  if (problems.length) throw new RestoreRefused('Tệp sao lưu bị hỏng, không khôi phục gì:', problems)
  return { manifest, ids }
}

/** What the database holds now, per collection (documents and versions); empty when it holds nothing. */
async function contents(payload: Payload): Promise<string[]> {
  const held: string[] = []
  for (const { slug, versions } of backedUpCollections(payload)) {
    const docs = (await payload.db.count({ collection: slug, where: {} })).totalDocs
    const vers = versions ? (await payload.db.countVersions({ collection: slug, where: {} })).totalDocs : 0
    if (docs || vers) held.push(`${slug}: ${docs}${vers ? ` (+${vers} phiên bản)` : ''}`)
  }
  return held
}

/**
 * Everything out: documents, versions, the search's entries and the photo files. On SQLite with
 * foreign keys on, so that relation and array rows go with their documents; a collection others
 * must point at (a report, while its comments exist) fails until those are gone, so the
 * collections are deleted in passes until every one is empty.
 */
async function clear(payload: Payload): Promise<void> {
  for await (const docs of everyMedia(payload)) await photoStore.remove(docs.flatMap(mediaFiles))
  let pending = Object.values(payload.collections)
    .map(({ config }) => config)
    .filter((config) => config.slug !== 'payload-migrations')
  while (pending.length) {
    const failed: typeof pending = []
    let lastError: unknown
    for (const config of pending) {
      try {
        if (config.versions) await payload.db.deleteVersions({ collection: config.slug as CollectionSlug, where: {} })
        await payload.db.deleteMany({ collection: config.slug as CollectionSlug, where: {} })
      } catch (error) {
        failed.push(config)
        lastError = error
      }
    }
    if (failed.length === pending.length) throw lastError
    pending = failed
  }
}

async function* everyMedia(payload: Payload): AsyncGenerator<Record<string, unknown>[]> {
  for (let page = 1; ; page++) {
    const result = await payload.db.find({ collection: 'media', where: {}, limit: 500, page, sort: 'id' })
    yield result.docs as Record<string, unknown>[]
    if (!result.hasNextPage) return
  }
}

type SqliteClient = { execute(sql: string): Promise<{ rows: unknown[] }> }
const sqliteClient = (payload: Payload): SqliteClient | null => (databaseKind(payload) === 'sqlite' ? ((payload.db as unknown as { client: SqliteClient }).client ?? null) : null)

export async function restoreBackup(payload: Payload, source: ArchiveSource, options: RestoreOptions = {}): Promise<RestoreReport> {
  const started = Date.now()
  const progress = options.onProgress ?? (() => {})
  const { manifest, ids } = await check(source, (done) => progress({ phase: 'checking', done, total: 0 }))

  const held = await contents(payload)
  if (held.length && !options.replace) throw new RestoreRefused('Cơ sở dữ liệu đang có dữ liệu; khôi phục chỉ ghi vào cơ sở dữ liệu trống (dùng --replace để xóa hết rồi khôi phục):', held, 'not-empty')

  const collections = new Map(backedUpCollections(payload).map((c) => [c.slug as string, c]))
  const skipped = Object.keys(manifest.counts).filter((slug) => !collections.has(slug) && !leftOutOfBackups(slug))
  const target = databaseKind(payload) === 'mongodb' ? 'objectid' : 'integer'
  const maps = new Map<string, Map<string, Id>>()
  const renumbered: string[] = []
  for (const [slug, list] of ids) {
    const map = assignIds(list, target, { renumber: options.renumber })
    maps.set(slug, map)
    if (list.some((id) => map.get(String(id)) !== id)) renumbered.push(slug)
  }
  const lookup = lookupIn(maps)
  const slugs = new Set(collections.keys())
  const stats: RemapStats = { dangling: 0 }
  const counts: RestoreReport['counts'] = {}
  const sqlite = sqliteClient(payload)

  // (cleared with foreign keys on, so that the rows of relations and arrays go with their documents)
  if (held.length) await clear(payload)
  if (sqlite) await sqlite.execute('PRAGMA foreign_keys = OFF')
  const totalDocs = Object.values(manifest.counts).reduce((n, c) => n + c.documents, 0)
  const totalVersions = Object.values(manifest.counts).reduce((n, c) => n + c.versions, 0)
  let docsDone = 0
  let versionsDone = 0
  let filesDone = 0
  const createdVersions = new Map<string, (VersionRow & { newId: Id })[]>()
  try {
    for await (const entry of entriesOf(source)) {
      const kind = entryKind(entry.name)
      if (kind.kind === 'documents' || kind.kind === 'versions') {
        const collection = collections.get(kind.collection)
        if (!collection) continue
        const count = (counts[kind.collection] ??= { documents: 0, versions: 0 })
        if (kind.kind === 'documents') {
          for (const doc of fromJsonLines<Row>(entry.body)) {
            const data = remapConventionalIds(kind.collection, remapDocument(doc, collection.fields, lookup, slugs, stats), lookup)
            await payload.db.create({ collection: collection.slug, data, customID: lookup(kind.collection, doc.id), returning: false })
            count.documents++
            progress({ phase: 'documents', done: ++docsDone, total: totalDocs })
          }
        } else {
          const list = createdVersions.get(kind.collection) ?? []
          for (const row of fromJsonLines<VersionRow>(entry.body)) {
            const parent = lookup(kind.collection, row.parent)
            if (parent === undefined) {
              stats.dangling++ // a version of a document saved after its collection was read
              continue
            }
            const versionData = remapDocument(row.version, collection.fields, lookup, slugs, stats)
            const created = await payload.db.createVersion({
              collectionSlug: collection.slug,
              parent,
              versionData: versionData as never,
              autosave: Boolean(row.autosave),
              createdAt: row.createdAt,
              updatedAt: row.updatedAt,
              ...(row.snapshot ? { snapshot: true } : {}),
              ...(row.publishedLocale ? { publishedLocale: row.publishedLocale } : {}),
            })
            list.push({ ...row, parent, newId: created.id })
            count.versions++
            progress({ phase: 'versions', done: ++versionsDone, total: totalVersions })
          }
          createdVersions.set(kind.collection, list)
        }
      } else if (kind.kind === 'file') {
        await photoStore.put(kind.filename, entry.body, contentTypeOf(kind.filename))
        progress({ phase: 'files', done: ++filesDone, total: manifest.files })
      }
    }
    // the `latest` flags as the archive had them (createVersion sets its own)
    for (const [slug, list] of createdVersions) {
      const now = latestAfterCreation(list.map((v) => ({ id: v.newId, parent: v.parent, updatedAt: v.updatedAt })))
      for (const version of list) {
        const wanted = Boolean(version.latest)
        if (now.get(String(version.newId)) !== wanted) {
          await payload.db.updateVersion({ collection: slug as CollectionSlug, id: version.newId, versionData: { latest: wanted, updatedAt: version.updatedAt } as never, returning: false })
        }
      }
    }
    if (sqlite) {
      const broken = await sqlite.execute('PRAGMA foreign_key_check')
      if (broken.rows.length) throw new Error(`${broken.rows.length} references point at rows that do not exist: ${JSON.stringify(broken.rows.slice(0, 5))}`)
    }
  } finally {
    if (sqlite) await sqlite.execute('PRAGMA foreign_keys = ON')
  }

  progress({ phase: 'search', done: 0, total: 1 })
  await rebuildSearchIndex(payload, { fromScratch: true })
  await refreshPlannerStatistics(payload)
  progress({ phase: 'search', done: 1, total: 1 })
  return { source: manifest.source, counts, files: filesDone, renumbered, dangling: stats.dangling, skipped, replaced: held.length > 0, seconds: (Date.now() - started) / 1000 }
}
