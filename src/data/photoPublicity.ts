import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import { createLocalReq } from 'payload'
import { photoHiddenInvalidation } from '../lib/site/invalidation'
import { photosUsedIn } from '../lib/media/photosUsed'
import { invalidateSite } from '../invalidation/invalidateSite'

/**
 * Whether a photo is public: an editor marked it so, or a document readers see uses it (a
 * published report's live version, an official, a model: every collection that records
 * `photosUsed`). Asked of the stored documents, so it holds however the document changed.
 */

type Id = number | string
type PhotoUser = { slug: CollectionSlug; live: Where | null }

/** The collections that record the photos they use, and which of their documents readers see. */
export function photoUsers(payload: Payload): PhotoUser[] {
  return payload.config.collections
    .filter((c) => c.flattenedFields.some((f) => f.name === 'photosUsed'))
    .map((c) => ({ slug: c.slug as CollectionSlug, live: c.versions?.drafts ? { _status: { equals: 'published' } } : null }))
}

/** Whether any document readers see uses the photo. */
export async function photoInUse(req: PayloadRequest, id: Id): Promise<boolean> {
  for (const user of photoUsers(req.payload)) {
    const used: Where = { photosUsed: { in: [id] } }
    const { totalDocs } = await req.payload.count({ collection: user.slug, where: user.live ? { and: [used, user.live] } : used, overrideAccess: true, req })
    if (totalDocs > 0) return true
  }
  return false
}

/**
 * Sets the stored flag of each photo to what it should be now, without the photo's own hooks
 * (the save that changed its use is not a change to the photo, and may be made by someone who
 * could not edit it). When one stops being public, every cached page showing photos goes,
 * the production server's page copies with them, on every process (src/invalidation): the pages of the
 * document that let it go are revalidated by that document's own hooks, this catches the rest.
 */
export async function refreshPhotoPublicity(req: PayloadRequest, ids: Id[]): Promise<void> {
  let hidden = false
  const seen = new Set<string>()
  for (const id of ids) {
    if (seen.has(String(id))) continue
    seen.add(String(id))
    const photo = await req.payload.db.findOne<{ id: Id; public?: boolean | null; markedPublic?: boolean | null }>({ collection: 'media', where: { id: { equals: id } }, req })
    if (!photo) continue
    const should = Boolean(photo.markedPublic) || (await photoInUse(req, id))
    if (photo.public === should) continue
    await req.payload.db.updateOne({ collection: 'media', id, data: { public: should }, req })
    if (photo.public && !should) hidden = true
  }
  if (hidden) await invalidateSite({ req }, photoHiddenInvalidation())
}

/**
 * A database from before the flag: its photos have none, and its documents no record of the
 * photos they use. Once, at start-up, both are worked out from the stored documents (readers'
 * versions, the main rows); later saves keep them right. Does nothing when every photo has
 * its flag.
 */
export async function refreshAllPhotoPublicity(payload: Payload): Promise<void> {
  if ((await payload.count({ collection: 'media', where: { public: { exists: false } }, overrideAccess: true })).totalDocs === 0) return
  const req = await createLocalReq({}, payload)
  for (const user of photoUsers(payload)) {
    const fields = payload.collections[user.slug].config.flattenedFields
    // the stored rows as they are (no read hooks): for reports, the live versions
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await payload.db.find<Record<string, unknown>>({ collection: user.slug, limit: 200, page, sort: 'id', where: {}, req })
      for (const doc of docs) {
        const used = photosUsedIn(fields, doc)
        const stored = ((doc.photosUsed as unknown[] | null | undefined) ?? []).map((v) => String(v && typeof v === 'object' ? (v as { id: Id }).id : v))
        if (used.map(String).join() !== stored.join()) await payload.db.updateOne({ collection: user.slug, id: doc.id as Id, data: { photosUsed: used }, req })
      }
      if (!hasNextPage) break
    }
  }
  const { docs } = await payload.find({ collection: 'media', where: { public: { exists: false } }, pagination: false, depth: 0, select: { public: true }, overrideAccess: true, req })
  await refreshPhotoPublicity(req, docs.map((d) => d.id))
  payload.logger.info(`Photos: worked out which of ${docs.length} stored before the "public" flag are public`)
}
