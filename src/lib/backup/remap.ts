/**
 * Rewrites the ids inside a document as it is restored, so that every relation points at the
 * same document under its new id: relationship and upload fields (one or many, one collection
 * or several), at any depth of groups, tabs, arrays and blocks; relations inside Lexical rich
 * text (upload and relationship nodes, internal links: any object with `relationTo` and a
 * `value`); and the few text fields that hold an id by convention. Join fields are computed
 * from the other side and dropped.
 *
 * Works on the documents as the database adapter returns them (depth 0: a relation is its id).
 */

export type Id = string | number

/** The parts of Payload's flattened fields this needs. */
export type FieldShape = {
  name: string
  type: string
  relationTo?: string | string[]
  hasMany?: boolean
  flattenedFields?: FieldShape[]
  blocks?: { slug: string; flattenedFields?: FieldShape[] }[]
}

/** Old id → new id, per collection; undefined when the archive has no such document. */
export type IdLookup = (collection: string, id: Id) => Id | undefined

export type RemapStats = { dangling: number }

type Json = unknown

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v)

const idOf = (value: Json): Id | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (isObject(value) && (typeof value.id === 'string' || typeof value.id === 'number')) return value.id
  return undefined
}

/** One relation value (hasOne); null when its document is not in the archive. */
function remapOne(value: Json, relationTo: string | string[], lookup: IdLookup, stats: RemapStats): Json {
  if (value === null || value === undefined) return value
  if (Array.isArray(relationTo)) {
    // polymorphic: { relationTo, value }
    if (!isObject(value) || typeof value.relationTo !== 'string') return value
    const id = idOf(value.value)
    const mapped = id === undefined ? undefined : lookup(value.relationTo, id)
    if (mapped === undefined) {
      stats.dangling++
      return null
    }
    return { relationTo: value.relationTo, value: mapped }
  }
  const id = idOf(value)
  const mapped = id === undefined ? undefined : lookup(relationTo, id)
  if (mapped === undefined) {
    stats.dangling++
    return null
  }
  return mapped
}

/** Rich text: every object naming a known collection in `relationTo` with a `value` is a relation. */
export function remapRichText(node: Json, lookup: IdLookup, collections: ReadonlySet<string>, stats: RemapStats): Json {
  if (Array.isArray(node)) return node.map((n) => remapRichText(n, lookup, collections, stats))
  if (!isObject(node)) return node
  const out: Record<string, Json> = {}
  for (const [key, value] of Object.entries(node)) out[key] = remapRichText(value, lookup, collections, stats)
  if (typeof node.relationTo === 'string' && collections.has(node.relationTo) && 'value' in node && node.value !== null) {
    const id = idOf(node.value)
    const mapped = id === undefined ? undefined : lookup(node.relationTo, id)
    if (mapped === undefined) stats.dangling++
    // the stored form is the bare id; a populated object keeps its shape with the new id
    out.value = mapped === undefined ? null : isObject(node.value) ? { ...(out.value as Record<string, Json>), id: mapped } : mapped
  }
  return out
}

function remapFields(data: Record<string, Json>, fields: FieldShape[], lookup: IdLookup, collections: ReadonlySet<string>, stats: RemapStats): Record<string, Json> {
  const out: Record<string, Json> = { ...data }
  for (const field of fields) {
    if (!(field.name in data)) continue
    const value = data[field.name]
    switch (field.type) {
      case 'join':
        delete out[field.name]
        break
      case 'relationship':
      case 'upload':
        if (!field.relationTo) break
        if (field.hasMany && Array.isArray(value)) {
          out[field.name] = value.map((v) => remapOne(v, field.relationTo!, lookup, stats)).filter((v) => v !== null)
        } else out[field.name] = remapOne(value, field.relationTo, lookup, stats)
        break
      case 'richText':
        out[field.name] = remapRichText(value, lookup, collections, stats)
        break
      case 'group':
      case 'tab':
        if (isObject(value) && field.flattenedFields) out[field.name] = remapFields(value, field.flattenedFields, lookup, collections, stats)
        break
      case 'array':
        if (Array.isArray(value) && field.flattenedFields) out[field.name] = value.map((row) => (isObject(row) ? remapFields(row, field.flattenedFields!, lookup, collections, stats) : row))
        break
      case 'blocks':
        if (Array.isArray(value))
          out[field.name] = value.map((row) => {
            if (!isObject(row)) return row
            const block = field.blocks?.find((b) => b.slug === row.blockType)
            return block?.flattenedFields ? remapFields(row, block.flattenedFields, lookup, collections, stats) : row
          })
        break
      case 'json':
        // JSON the app stores may hold Lexical-like relations too; anything else is kept as it is
        out[field.name] = remapRichText(value, lookup, collections, stats)
        break
    }
  }
  return out
}

/** A document's fields with every relation rewritten; its own `id` is left out (the caller gives the new one). */
export function remapDocument(doc: Record<string, Json>, fields: FieldShape[], lookup: IdLookup, collections: ReadonlySet<string>, stats: RemapStats): Record<string, Json> {
  const { id: _id, ...rest } = doc
  return remapFields(rest, fields, lookup, collections, stats)
}

/**
 * Text fields that hold another document's id by convention, per collection: the audit log's
 * `documentId` (its collection in `collectionSlug`), and the inputs of queued jobs.
 */
export function remapConventionalIds(collection: string, doc: Record<string, Json>, lookup: IdLookup): Record<string, Json> {
  const textId = (target: string, value: Json): Json => {
    if (typeof value !== 'string' && typeof value !== 'number') return value
    const mapped = lookup(target, value)
    return mapped === undefined ? value : String(mapped)
  }
  if (collection === 'audit-log' && typeof doc.collectionSlug === 'string' && doc.documentId != null) {
    return { ...doc, documentId: textId(doc.collectionSlug, doc.documentId) }
  }
  if (collection === 'payload-jobs' && isObject(doc.input)) {
    const input = { ...doc.input }
    if ('reportId' in input) input.reportId = textId('reports', input.reportId)
    if ('runId' in input) input.runId = textId('import-runs', input.runId)
    return { ...doc, input }
  }
  return doc
}
