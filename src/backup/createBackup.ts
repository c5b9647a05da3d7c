/**
 * Writes a backup archive (src/lib/backup/tar.ts) of a running site: every collection's
 * documents and versions as the database adapter stores them (users with their password
 * hashes and salts, the workflow's transitions, comments, the audit log, queued jobs), every
 * global (the portal links), then every photo file, then the manifest with counts and SHA-256
 * sums.
 *
 * Read through payload.db, not payload.find: the Local API's read hooks drop hidden fields
 * (hashes, salts, two-factor keys) and add computed ones, and a restore must get back exactly
 * what was stored. Nothing is locked: documents are read in pages by id, so a document saved
 * meanwhile is either in or out, and a relation to a document created after its collection was
 * read is dropped at restore (counted in its report).
 */
import type { CollectionSlug, Payload, Where } from 'payload'
import { documentsEntry, FORMAT, FORMAT_VERSION, fileEntry, type FileFolder, globalEntry, MANIFEST_NAME, sha256, toJsonLines, versionsEntry, type EntrySum, type Manifest } from '../lib/backup/manifest'
import { tarEnd, tarEntry } from '../lib/backup/tar'
import { APP_VERSION, backedUpCollections, backedUpGlobals, databaseKind, isSavedGlobal, FILE_HOLDERS, fileFolderOf } from './collections'

export type BackupProgress = { phase: 'documents' | 'versions' | 'files'; collection?: string; done: number; total: number }

export type BackupOptions = { onProgress?: (progress: BackupProgress) => void; chunkSize?: number; now?: () => Date }

/** Where the archive's bytes go; resolves when the chunk may be followed by the next (backpressure). */
export type Sink = (chunk: Buffer) => Promise<void>

type Row = { id: string | number } & Record<string, unknown>

/** Pages of a collection's documents (or versions) by ascending id. */
async function* pages(payload: Payload, collection: CollectionSlug, versions: boolean, size: number): AsyncGenerator<Row[]> {
  let last: string | number | undefined
  for (;;) {
    const where: Where = last === undefined ? {} : { id: { greater_than: last } }
    // joins: false, as the Local API's `joins: false`: a join is the other side's relation, read there
    // (the type of `joins` for a collection not known statically admits no value, hence assign)
    const findArgs: Parameters<Payload['db']['find']>[0] = { collection, where, sort: 'id', limit: size, pagination: false }
    Object.assign(findArgs, { joins: false })
    const docs = (
      versions
        ? await payload.db.findVersions({ collection, where, sort: 'id', limit: size, pagination: false })
        : await payload.db.find(findArgs)
    ).docs as unknown as Row[]
    if (!docs.length) return
    yield docs
    last = docs[docs.length - 1].id
    if (docs.length < size) return
  }
}

export async function writeBackup(payload: Payload, sink: Sink, options: BackupOptions = {}): Promise<Manifest> {
  const chunkSize = options.chunkSize ?? 500
  const progress = options.onProgress ?? (() => {})
  const entries: EntrySum[] = []
  const add = async (name: string, body: Buffer) => {
    entries.push({ name, size: body.length, sha256: sha256(body) })
    for (const part of tarEntry(name, body)) await sink(part)
  }
  const collections = backedUpCollections(payload)
  const counts: Manifest['counts'] = {}
  const files = new Map<string, { folder: FileFolder; filename: string }>()

  const totals = await Promise.all(collections.map(async (c) => ({ docs: (await payload.db.count({ collection: c.slug, where: {} })).totalDocs, versions: c.versions ? (await payload.db.countVersions({ collection: c.slug, where: {} })).totalDocs : 0 })))
  const totalDocs = totals.reduce((n, t) => n + t.docs, 0)
  const totalVersions = totals.reduce((n, t) => n + t.versions, 0)

  let done = 0
  for (const collection of collections) {
    counts[collection.slug] = { documents: 0, versions: 0 }
    let chunk = 0
    for await (const docs of pages(payload, collection.slug, false, chunkSize)) {
      await add(documentsEntry(collection.slug, ++chunk), toJsonLines(docs))
      counts[collection.slug].documents += docs.length
      const folder = fileFolderOf(collection.slug)
      if (folder) for (const doc of docs) for (const filename of FILE_HOLDERS[folder].filesOf(doc)) files.set(fileEntry(folder, filename), { folder, filename })
      done += docs.length
      progress({ phase: 'documents', collection: collection.slug, done, total: Math.max(done, totalDocs) })
    }
  }
  done = 0
  for (const collection of collections.filter((c) => c.versions)) {
    let chunk = 0
    for await (const versions of pages(payload, collection.slug, true, chunkSize)) {
      await add(versionsEntry(collection.slug, ++chunk), toJsonLines(versions))
      counts[collection.slug].versions += versions.length
      done += versions.length
      progress({ phase: 'versions', collection: collection.slug, done, total: Math.max(done, totalVersions) })
    }
  }
  const globals: Record<string, number> = {}
  for (const { slug } of backedUpGlobals(payload)) {
    const doc = await payload.db.findGlobal({ slug })
    globals[slug] = isSavedGlobal(doc) ? 1 : 0
    if (isSavedGlobal(doc)) await add(globalEntry(slug), Buffer.from(JSON.stringify(doc)))
  }
  done = 0
  const missingFiles: string[] = []
  for (const [entry, { folder, filename }] of files) {
    const body = await FILE_HOLDERS[folder].store.get(filename)
    if (body) await add(entry, body)
    else missingFiles.push(filename)
    progress({ phase: 'files', done: ++done, total: files.size })
  }

  const manifest: Manifest = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    source: { database: databaseKind(payload), appVersion: APP_VERSION },
    counts,
    globals,
    files: files.size - missingFiles.length,
    missingFiles,
    entries,
  }
  for (const part of tarEntry(MANIFEST_NAME, Buffer.from(JSON.stringify(manifest, null, 1)))) await sink(part)
  await sink(tarEnd())
  return manifest
}

/** A sink writing to a Node stream, waiting for 'drain' when its buffer is full. */
export function streamSink(stream: NodeJS.WritableStream): Sink {
  return (chunk) =>
    new Promise((resolve, reject) => {
      const onError = (error: Error) => reject(error)
      stream.once('error', onError)
      const flushed = stream.write(chunk)
      const done = () => {
        stream.off('error', onError)
        resolve()
      }
      if (flushed) done()
      else stream.once('drain', done)
    })
}
