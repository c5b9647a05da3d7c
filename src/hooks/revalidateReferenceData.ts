import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'
import { COLLECTION_TAGS, type TaggedCollection } from '../lib/site/cacheTags'
import { revalidateSite } from '../site/revalidate'

/**
 * Reference records (units, categories, officials, campaigns, models, legal documents, photos)
 * appear on many public pages; a change revalidates every cached page tagged with the
 * collection. A new photo is on no public page until a report using it is published, so
 * uploads revalidate nothing; editing one (alt text, caption, focal point) does.
 */
export function revalidateReferenceData(collection: TaggedCollection): { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } {
  const tags = [COLLECTION_TAGS[collection]]
  return {
    afterChange: async ({ doc, operation, req }) => {
      if (collection === 'media' && operation === 'create') return doc
      if (req.context.bulkImport) return doc // an import revalidates once, at its end (src/import/runImport.ts)
      await revalidateSite({ paths: [], tags }, req.payload.logger)
      return doc
    },
    afterDelete: async ({ doc, req }) => {
      await revalidateSite({ paths: [], tags }, req.payload.logger)
      return doc
    },
  }
}

/** Adds the revalidation hooks to every collection the public site shows (reports have their own). */
export function withSiteRevalidation(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => {
    if (!(collection.slug in COLLECTION_TAGS)) return collection
    const hooks = revalidateReferenceData(collection.slug as TaggedCollection)
    return {
      ...collection,
      hooks: {
        ...collection.hooks,
        afterChange: [...(collection.hooks?.afterChange ?? []), hooks.afterChange],
        afterDelete: [...(collection.hooks?.afterDelete ?? []), hooks.afterDelete],
      },
    }
  })
}
