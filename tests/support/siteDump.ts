/**
 * What a site holds, in a form two databases can be compared by (tests/int/backup.test.ts):
 * - `raw`: every document as the adapter stores it (password hashes and salts included);
 * - `resolved`: every document and version read through the Local API at depth 1, each related
 *   document (fields, arrays, blocks, Lexical upload, relationship and link nodes) replaced by
 *   its natural key (e-mail, file name, slug, name, title) and ids left out, so two sites with
 *   different ids compare equal only when every relation points at the same document;
 * - `files`: every stored file's SHA-256 (photos, and legal documents' attachments);
 * - `search`: every live search entry's key and content hash (the index a restore rebuilds);
 * - `globals`: every global as the adapter stores it (the portal links);
 * - `statistics`: the "Thống kê" dashboard of every unit and year as its tables show it, units,
 *   categories, officials and reports by name, so it compares across ids.
 * Independent of the backup code on purpose: it walks what Payload populates, not our remap.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { createLocalReq, type CollectionSlug, type Payload } from 'payload'
import { readDashboard } from '../../src/data/statistics/dashboard'
import { dashboardTables, type StatTable } from '../../src/lib/statistics/tables'
import type { User } from '../../src/payload-types'

export type SiteDump = {
  raw: Record<string, unknown[]>
  resolved: Record<string, string[]>
  versions: Record<string, string[]>
  files: Record<string, string>
  ids: Record<string, (string | number)[]>
  search: string[]
  globals: Record<string, unknown>
  statistics: Pick<StatTable, 'id' | 'rows'>[]
}

/** Not compared: derived from the rest and rebuilt by a restore (compared as `statistics`), or the running server's own state. */
const SKIPPED = new Set(['search-entries', 'statistics-months', 'payload-locked-documents', 'payload-migrations', 'site-invalidations'])
const NATURAL = ['email', 'filename', 'key', 'slug', 'fullName', 'name', 'title', 'number'] as const

type Json = unknown
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v)
const looksLikeDocument = (v: Record<string, Json>) => 'id' in v && ('createdAt' in v || 'updatedAt' in v)

function naturalKey(doc: Record<string, Json>): string {
  for (const field of NATURAL) if (typeof doc[field] === 'string' && doc[field]) return `${field}:${doc[field]}`
  return `createdAt:${String(doc.createdAt)}`
}

/** A populated document at depth 1: related documents become their natural keys; ids go. */
function normalise(value: Json, top: boolean): Json {
  if (Array.isArray(value)) return value.map((v) => normalise(v, false))
  if (!isObject(value)) return value
  if (!top && looksLikeDocument(value)) return `→${naturalKey(value)}`
  const out: Record<string, Json> = {}
  for (const [key, v] of Object.entries(value)) {
    if (key === 'id' && top) continue
    out[key] = normalise(v, false)
  }
  return out
}

type FieldLike = { name?: string; type: string; relationTo?: string | string[]; flattenedFields?: FieldLike[]; blocks?: { slug: string; flattenedFields?: FieldLike[] }[] }
type Naturals = Map<string, Map<string, string>>

/** Relations Payload leaves unpopulated (maxDepth 0, such as photosUsed): their ids become natural keys too. */
function nameIds(value: Json, fields: FieldLike[], naturals: Naturals): Json {
  if (!isObject(value)) return value
  const out: Record<string, Json> = { ...value }
  for (const field of fields) {
    if (!field.name || !(field.name in value)) continue
    const v = value[field.name]
    const name = (id: Json) => (typeof id === 'number' || typeof id === 'string') && typeof field.relationTo === 'string' ? `→${naturals.get(field.relationTo)?.get(String(id)) ?? `missing:${id}`}` : id
    if (field.type === 'relationship' || field.type === 'upload') out[field.name] = Array.isArray(v) ? v.map(name) : name(v)
    else if ((field.type === 'group' || field.type === 'tab') && field.flattenedFields) out[field.name] = nameIds(v, field.flattenedFields, naturals)
    else if (field.type === 'array' && Array.isArray(v) && field.flattenedFields) out[field.name] = v.map((row) => nameIds(row, field.flattenedFields!, naturals))
    else if (field.type === 'blocks' && Array.isArray(v)) out[field.name] = v.map((row) => (isObject(row) ? nameIds(row, field.blocks?.find((b) => b.slug === row.blockType)?.flattenedFields ?? [], naturals) : row))
  }
  return out
}

const stable = (value: Json): string =>
  JSON.stringify(value, (_key, v) => (isObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v))

export async function dumpSite(payload: Payload, mediaDir: string): Promise<SiteDump> {
  const dump: SiteDump = { raw: {}, resolved: {}, versions: {}, files: {}, ids: {}, search: [], globals: {}, statistics: [] }
  const naturals: Naturals = new Map()
  for (const { config } of Object.values(payload.collections)) {
    const slug = config.slug as CollectionSlug
    if (SKIPPED.has(slug)) continue
    const raw = await payload.db.find({ collection: slug, where: {}, sort: 'id', limit: 0, pagination: false })
    dump.raw[slug] = raw.docs
    dump.ids[slug] = raw.docs.map((d) => (d as { id: string | number }).id)
    naturals.set(slug, new Map(raw.docs.map((d) => [String((d as { id: string | number }).id), naturalKey(d as Record<string, Json>)])))
  }
  for (const { config } of Object.values(payload.collections)) {
    const slug = config.slug as CollectionSlug
    if (SKIPPED.has(slug)) continue
    const fields = config.flattenedFields as unknown as FieldLike[]
    const docs = await payload.find({ collection: slug, depth: 1, pagination: false, overrideAccess: true, showHiddenFields: true, draft: false })
    dump.resolved[slug] = docs.docs.map((d) => stable(normalise(nameIds(d, fields, naturals), true))).sort()
    if (config.versions) {
      const versions = await payload.findVersions({ collection: slug, depth: 1, pagination: false, overrideAccess: true, showHiddenFields: true, limit: 0 })
      dump.versions[slug] = versions.docs
        .map((v) => stable({ ...(normalise({ ...v, parent: `→${naturals.get(slug)?.get(String(isObject(v.parent) ? v.parent.id : v.parent))}`, version: nameIds(v.version, fields, naturals) }, true) as Record<string, Json>), latest: Boolean((v as { latest?: boolean }).latest) }))
        .sort()
    }
  }
  // ids held in text by convention (a scheduled job's report), read as the report's slug
  const reportSlugs = new Map((dump.raw.reports ?? []).map((r) => [String((r as { id: string | number }).id), (r as { slug?: string }).slug]))
  dump.resolved['payload-jobs'] = (dump.resolved['payload-jobs'] ?? [])
    .map((line) => {
      const job = JSON.parse(line) as { input?: { reportId?: string } }
      if (job.input?.reportId !== undefined) job.input.reportId = `→slug:${reportSlugs.get(String(job.input.reportId))}`
      return stable(job)
    })
    .sort()
  const entries = await payload.find({ collection: 'search-entries', where: { removed: { not_equals: true } }, select: { key: true, hash: true }, pagination: false, overrideAccess: true })
  dump.search = entries.docs.map((e) => `${e.key} ${e.hash}`).sort()
  for (const { slug } of payload.config.globals) dump.globals[slug] = await payload.db.findGlobal({ slug })
  // an administrator reads every unit's figures (no account is needed to read them here)
  const admin: User = { id: 0, name: 'dump', email: 'dump@example.vn', roles: ['admin'], createdAt: '', updatedAt: '', collection: 'users' }
  const dashboard = await readDashboard(await createLocalReq({ user: admin }, payload), { period: 'all' })
  dump.statistics = dashboard ? dashboardTables(dashboard).map(({ id, rows }) => ({ id, rows })) : []
  // photos by their names, legal documents' attachments as documents/<name>
  for (const [folder, prefix] of [['photos', ''], ['documents', 'documents/']]) {
    const dir = path.join(mediaDir, folder)
    for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) dump.files[`${prefix}${name}`] = createHash('sha256').update(fs.readFileSync(path.join(dir, name))).digest('hex')
  }
  return dump
}
