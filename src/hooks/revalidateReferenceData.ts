import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'
import { COLLECTION_TAGS, type TaggedCollection } from '../lib/site/cacheTags'
import { referenceInvalidation } from '../lib/site/invalidation'
import { invalidateSite } from '../invalidation/invalidateSite'

/**
 * Reference records (units, categories, officials, campaigns, models, legal documents, photos)
 * appear on many public pages; a change invalidates every cached page tagged with the
 * collection (src/lib/site/invalidation.ts says which), on every server process.
 */
export function revalidateReferenceData(collection: TaggedCollection): { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } {
  return {
    afterChange: async ({ doc, operation, req }) => {
      if (req.context.bulkImport) return doc // an import invalidates once, at its end (src/import/runImport.ts)
      await invalidateSite({ req }, referenceInvalidation(collection, operation))
      return doc
    },
    afterDelete: async ({ doc, req }) => {
      await invalidateSite({ req }, referenceInvalidation(collection, 'delete'))
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
