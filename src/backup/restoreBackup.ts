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
 *    `latest` flags as they were; then the globals and the files of photos and legal
 *    documents (a few written at once).
 *    Documents and versions go in transactions of BATCH (writeBatches.ts).
 * 4. The query planner's statistics are gathered, the site search's entries and the figures of
 *    "Thống kê" (statistics-months) rebuilt from what was restored, the planner's statistics
 *    gathered again.
 *
 * Writes go through payload.db, as the backup's reads do: the Local API's hooks would stamp new
 * dates, hash the hashes again, log every report's transition a second time and refuse reports
 * in boards that have since ended. On SQLite a document may be written before one it points at,
 * so foreign keys are checked once at the end (PRAGMA foreign_key_check) rather than per row.
 */
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { refreshPlannerStatistics } from '../data/plannerStatistics'
import { rebuildStatistics } from '../data/statistics/totals'
import { assignIds, latestAfterCreation, lookupIn } from '../lib/backup/ids'
import { inFlight } from '../lib/backup/inFlight'
import { checkEntries, entryKind, fromJsonLines, parseManifest, sha256, type EntrySum, type Manifest } from '../lib/backup/manifest'
import { remapConventionalIds, remapDocument, type Id, type RemapStats } from '../lib/backup/remap'
import { stopwatch } from '../lib/backup/stopwatch'
import { TarFormatError, TarReader, type TarEntry } from '../lib/backup/tar'
import { rebuildSearchIndex } from '../lib/search/rebuild'
import { contentTypeOf } from '../lib/storage/contentTypes'
import { backedUpCollections, backedUpGlobals, databaseKind, isSavedGlobal, leftOutOfBackups, FILE_HOLDERS, type BackedUpGlobal } from './collections'
import { WriteBatches } from './writeBatches'

/** Documents and versions per transaction: a few hundred keep a batch short on either adapter. */
const BATCH = 500
/** Files written at once (a local folder or a bucket). */
const FILES_AT_ONCE = 8

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

export type RestoreProgress = { phase: 'checking' | 'clearing' | 'documents' | 'versions' | 'files' | 'search' | 'statistics'; done: number; total: number }

export type RestoreOptions = {
  replace?: boolean
  /** New ids for everything even where the old ones fit: how the tests cross adapters on SQLite alone. */
  renumber?: boolean
  onProgress?: (progress: RestoreProgress) => void
}

export type RestoreReport = {
  source: Manifest['source']
  counts: Record<string, { documents: number; versions: number }>
  /** The globals restored (the portal links). */
  globals: string[]
  files: number
  /** Collections whose ids were renewed (an archive from the other adapter). */
  renumbered: string[]
  /** Relations to documents the archive did not hold (saved while the backup ran), left empty. */
  dangling: number
  /** Collections and globals of the archive this version does not have, skipped. */
  skipped: string[]
  replaced: boolean
  seconds: number
  /** Seconds per part (checking, reading, documents, versions, files, latest, search, statistics, planner…): the bench prints them. */
  timings: Record<string, number>
}

/** The archive's bytes, from the start, each time it is called. */
export type ArchiveSource = () => AsyncIterable<Buffer | Uint8Array>

async function* entriesOf(source: ArchiveSource): AsyncGenerator<TarEntry> {
  const reader = new TarReader()
  for await (const chunk of source()) yield* reader.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk))
  if (!reader.finished) throw new TarFormatError('cut short')
}

type Row = { id: Id } & Record<string, unknown>
type VersionRow = Row & {
  parent: Id
  version: Record<string, unknown>
  latest?: boolean | null
  autosave?: boolean
  createdAt: string
  updatedAt: string
  snapshot?: boolean
  publishedLocale?: string
}
/** What the `latest` flags need of a version written: its new id and parent, and the archive's flag. */
type CreatedVersion = { id: Id; parent: Id; updatedAt: string; latest: boolean }

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
      } else if (kind.kind === 'global') {
        try {
          JSON.parse(entry.body.toString('utf8'))
        } catch {
          problems.push(`"${entry.name}" không đọc được.`)
        }
      }
    }
  } catch (error) {
    if (!(error instanceof TarFormatError)) throw error
    throw new RestoreRefused('Tệp sao lưu bị hỏng hoặc không đầy đủ, không khôi phục gì.', [
      error.message === 'cut short' ? 'Tệp bị cắt ngắn (thiếu phần cuối).' : 'Cấu trúc tệp tar bị hỏng.',
    ])
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
 * Everything out: documents, versions, the search's entries and the files of photos and legal
 * documents. On SQLite with foreign keys on, so that relation and array rows go with their
 * documents; a collection others must point at (a report, while its comments exist) fails
 * until those are gone, so the collections are deleted in passes until every one is empty.
 */
async function clear(payload: Payload, progress: (done: number) => void): Promise<void> {
  let done = 0
  progress(done)
  for (const holder of Object.values(FILE_HOLDERS)) {
    for await (const docs of everyDocument(payload, holder.collection)) {
      await holder.store.remove(docs.flatMap((doc) => holder.filesOf(doc)))
      progress((done += docs.length))
    }
  }
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

async function* everyDocument(payload: Payload, collection: CollectionSlug): AsyncGenerator<Record<string, unknown>[]> {
  for (let page = 1; ; page++) {
    const result = await payload.db.find({ collection, where: {}, limit: 500, page, sort: 'id' })
    yield result.docs as Record<string, unknown>[]
    if (!result.hasNextPage) return
  }
}

type SqliteClient = { execute(sql: string): Promise<{ rows: unknown[] }> }
const sqliteClient = (payload: Payload): SqliteClient | null => (databaseKind(payload) === 'sqlite' ? ((payload.db as unknown as { client: SqliteClient }).client ?? null) : null)

export async function restoreBackup(payload: Payload, source: ArchiveSource, options: RestoreOptions = {}): Promise<RestoreReport> {
  const started = Date.now()
  const progress = options.onProgress ?? (() => {})
  const watch = stopwatch()
  const { manifest, ids } = await check(source, (done) => progress({ phase: 'checking', done, total: 0 }))
  watch.lap('checking')

  const held = await contents(payload)
  if (held.length && !options.replace)
    throw new RestoreRefused('Cơ sở dữ liệu đang có dữ liệu; khôi phục chỉ ghi vào cơ sở dữ liệu trống (dùng --replace để xóa hết rồi khôi phục):', held, 'not-empty')

  const collections = new Map(backedUpCollections(payload).map((c) => [c.slug as string, c]))
  const globals = new Map(backedUpGlobals(payload).map((g) => [g.slug as string, g]))
  const skipped = [
    ...Object.keys(manifest.counts).filter((slug) => !collections.has(slug) && !leftOutOfBackups(slug)),
    ...Object.keys(manifest.globals ?? {}).filter((slug) => !globals.has(slug)),
  ]
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
  const restoredGlobals: string[] = []
  const sqlite = sqliteClient(payload)

  // (cleared with foreign keys on, so that the rows of relations and arrays go with their documents)
  if (held.length) await clear(payload, (done) => progress({ phase: 'clearing', done, total: 0 }))
  watch.lap('clearing')
  // off before the first batch begins: SQLite ignores the pragma inside a transaction
  if (sqlite) await sqlite.execute('PRAGMA foreign_keys = OFF')
  // of the collections restored (an older archive also holds the statistics, now left out)
  const restoring = Object.entries(manifest.counts).filter(([slug]) => collections.has(slug))
  const totalDocs = restoring.reduce((n, [, c]) => n + c.documents, 0)
  const totalVersions = restoring.reduce((n, [, c]) => n + c.versions, 0)
  let docsDone = 0
  let versionsDone = 0
  let filesDone = 0
  const createdVersions = new Map<string, CreatedVersion[]>()
  const batches = new WriteBatches(payload, BATCH)
  const files = inFlight(FILES_AT_ONCE)
  try {
    for await (const entry of entriesOf(source)) {
      watch.lap('reading')
      const kind = entryKind(entry.name)
      if (kind.kind === 'documents' || kind.kind === 'versions') {
        const collection = collections.get(kind.collection)
        if (!collection) continue
        const count = (counts[kind.collection] ??= { documents: 0, versions: 0 })
        if (kind.kind === 'documents') {
          for (const doc of fromJsonLines<Row>(entry.body)) {
            const data = remapConventionalIds(kind.collection, remapDocument(doc, collection.fields, lookup, slugs, stats), lookup)
            await payload.db.create({ collection: collection.slug, data, customID: lookup(kind.collection, doc.id), returning: false, req: await batches.req() })
            await batches.wrote()
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
              // only its id is wanted back: SQLite would otherwise read the whole version again
              select: { id: true },
              req: await batches.req(),
            })
            await batches.wrote()
            list.push({ id: created.id, parent, updatedAt: row.updatedAt, latest: Boolean(row.latest) })
            count.versions++
            progress({ phase: 'versions', done: ++versionsDone, total: totalVersions })
          }
          createdVersions.set(kind.collection, list)
        }
        watch.lap(kind.kind)
      } else if (kind.kind === 'global') {
        const global = globals.get(kind.global)
        if (!global) continue
        await restoreGlobal(payload, global, remapDocument(JSON.parse(entry.body.toString('utf8')), global.fields, lookup, slugs, stats), await batches.req())
        restoredGlobals.push(kind.global)
        watch.lap('globals')
      } else if (kind.kind === 'file') {
        await files.add(async () => {
          await FILE_HOLDERS[kind.folder].store.put(kind.filename, entry.body, contentTypeOf(kind.filename))
          progress({ phase: 'files', done: ++filesDone, total: manifest.files })
        })
        watch.lap('files')
      }
    }
    await files.drain()
    watch.lap('files')
    // the `latest` flags as the archive had them (createVersion sets its own)
    for (const [slug, list] of createdVersions) {
      const now = latestAfterCreation(list)
      for (const version of list) {
        if (now.get(String(version.id)) === version.latest) continue
        await payload.db.updateVersion({
          collection: slug as CollectionSlug,
          id: version.id,
          versionData: { latest: version.latest, updatedAt: version.updatedAt } as never,
          returning: false,
          req: await batches.req(),
        })
        await batches.wrote()
      }
    }
    await batches.commit()
    watch.lap('latest')
    if (sqlite) {
      const broken = await sqlite.execute('PRAGMA foreign_key_check')
      if (broken.rows.length) throw new Error(`${broken.rows.length} references point at rows that do not exist: ${JSON.stringify(broken.rows.slice(0, 5))}`)
    }
    watch.lap('foreignKeys')
  } catch (error) {
    await batches.rollback()
    await files.drain().catch(() => undefined)
    throw error
  } finally {
    if (sqlite) await sqlite.execute('PRAGMA foreign_keys = ON')
  }

  // the planner's statistics first: the rebuilds below query the tables just filled, which a
  // new database's planner knows nothing of; again at the end for what they wrote
  await refreshPlannerStatistics(payload)
  watch.lap('planner')
  progress({ phase: 'search', done: 0, total: 1 })
  await rebuildSearchIndex(payload, { fromScratch: true, direct: true })
  progress({ phase: 'search', done: 1, total: 1 })
  watch.lap('search')
  // the figures of "Thống kê" hold ids inside their JSON (categories, officials, reports): worked
  // out again from the restored reports, their history and views rather than carried over
  progress({ phase: 'statistics', done: 0, total: 1 })
  await rebuildStatistics(payload)
  progress({ phase: 'statistics', done: 1, total: 1 })
  watch.lap('statistics')
  await refreshPlannerStatistics(payload)
  watch.lap('planner')
  return {
    source: manifest.source,
    counts,
    globals: restoredGlobals,
    files: filesDone,
    renumbered,
    dangling: stats.dangling,
    skipped,
    replaced: held.length > 0,
    seconds: (Date.now() - started) / 1000,
    timings: watch.seconds(),
  }
}

/**
 * A global as the archive holds it, with its dates. SQLite's updateGlobal writes a global whole,
 * creating it where there is none (its createGlobal would stamp its own creation date); MongoDB's
 * changes only a saved one, and its createGlobal keeps the dates given.
 */
async function restoreGlobal(payload: Payload, global: BackedUpGlobal, data: Record<string, unknown>, req: Partial<PayloadRequest>): Promise<void> {
  // (copies: the adapters stamp their dates into the object they are given)
  await payload.db.updateGlobal({ slug: global.slug, data: { ...data }, req, returning: false })
  if (!isSavedGlobal(await payload.db.findGlobal({ slug: global.slug, req }))) await payload.db.createGlobal({ slug: global.slug, data: { ...data }, req, returning: false })
}
