import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionSlug, PayloadRequest } from 'payload'
import { photosUsedIn } from '../lib/media/photosUsed'
import { refreshPhotoPublicity } from '../data/photoPublicity'

/**
 * Keeps photos' "public" flag right as the documents that show them change (reports, officials,
 * models): each save records the photos the document uses (`photosUsed`, src/fields/photosUsed.ts),
 * and when what readers see of it changes (published, taken down, a new live version, saved or
 * deleted) the flag of every photo it used before or uses now is worked out again
 * (src/data/photoPublicity.ts). A draft saved beside a live report changes nothing readers see.
 */

type Id = number | string
type LiveUse = { live: boolean; photos: Id[] }

const beforeKey = (slug: string, id: unknown) => `photoUseBefore:${slug}:${String(id)}`

/** The stored (for reports: live) document's photos, and whether readers see it. */
async function liveUse(req: PayloadRequest, slug: CollectionSlug, id: Id, drafts: boolean): Promise<LiveUse | null> {
  const row = await req.payload.db.findOne<{ id: Id; _status?: string | null; photosUsed?: unknown[] | null }>({ collection: slug, where: { id: { equals: id } }, req })
  if (!row) return null
  // ids as stored (numbers on SQLite, strings on MongoDB)
  const photos = (row.photosUsed ?? []).map((v) => (v && typeof v === 'object' ? (v as { id: Id }).id : (v as Id))).filter((v) => v !== null && v !== undefined)
  return { live: drafts ? row._status === 'published' : true, photos }
}

const same = (a: LiveUse | null, b: LiveUse | null) =>
  (!a?.live || !a.photos.length) && (!b?.live || !b.photos.length) ? true : a?.live === b?.live && a?.photos.map(String).join() === b?.photos.map(String).join()

/** Records the photos the saved document uses; remembers what readers saw before an update. */
export const recordPhotosUsed: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  // a numeric string (from a URL or a form) names a number id on SQLite
  const numeric = req.payload.db.defaultIDType === 'number'
  data.photosUsed = photosUsedIn(collection.flattenedFields, data, originalDoc).map((id) => (numeric && typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : id))
  if (operation === 'update' && originalDoc?.id !== undefined) {
    req.context[beforeKey(collection.slug, originalDoc.id)] = await liveUse(req, collection.slug as CollectionSlug, originalDoc.id, Boolean(collection.versions?.drafts))
  }
  return data
}

/** After a save: if what readers see of the document changed, its photos' flags are worked out again. */
export const refreshPhotosAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const before = (req.context[beforeKey(collection.slug, doc.id)] as LiveUse | null | undefined) ?? null
  delete req.context[beforeKey(collection.slug, doc.id)]
  const after = await liveUse(req, collection.slug as CollectionSlug, doc.id, Boolean(collection.versions?.drafts))
  if (same(before, after)) return doc
  await refreshPhotoPublicity(req, [...(before?.photos ?? []), ...(after?.photos ?? [])])
  return doc
}

/** Before a delete: remember the photos it used, which may lose their last public use. */
export const rememberPhotosBeforeDelete: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  req.context[beforeKey(collection.slug, id)] = await liveUse(req, collection.slug as CollectionSlug, id, Boolean(collection.versions?.drafts))
}

export const refreshPhotosAfterDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  const before = req.context[beforeKey(collection.slug, id)] as LiveUse | null | undefined
  delete req.context[beforeKey(collection.slug, id)]
  if (before?.photos.length) await refreshPhotoPublicity(req, before.photos)
}
