import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { entryKey, type SearchEntryData } from '../lib/search/entries'
import { removeEntry, saveEntry } from '../lib/search/indexSync'
import type { SearchKind } from '../lib/search/searchIndex'
import { SEARCHED_FIELDS, entryFor, liveDocument } from '../lib/search/sourceDocuments'

/**
 * Keeps a collection's documents in the site search (src/lib/search): after every save the
 * document's entry is written, rewritten or removed, and the index of this process follows
 * at once. A failure to index never fails the save; `npm run search:rebuild` repairs.
 *
 * Reports: only the live, published document is searchable. Saving a draft of a published
 * report makes a new draft version and leaves the published one live, so its entry (the
 * published text) stays; unpublishing (the live document going to draft) and deleting
 * remove it.
 */
export function syncSearchEntry(kind: SearchKind): CollectionAfterChangeHook {
  const searched = SEARCHED_FIELDS[kind]
  return async ({ doc, data, operation, req }) => {
    if (operation === 'update' && data && Object.keys(data).length && !Object.keys(data).some((field) => searched.includes(field))) return doc
    try {
      // Read the stored live document rather than trusting `doc`: after a draft save `doc` is
      // the new draft version while the published main document stays what readers see (and
      // what stays searchable); `doc` may also be a partial selection.
      const live = await liveDocument(req.payload, kind, doc.id, req)
      const entry: SearchEntryData | null = live ? await entryFor(req.payload, kind, live, req) : null
      if (entry) await saveEntry(req, entry)
      else await removeEntry(req, entryKey(kind, doc.id))
    } catch (error) {
      req.payload.logger.error({ err: error }, `search index: could not update ${kind} ${doc.id}`)
    }
    return doc
  }
}

export function dropSearchEntry(kind: SearchKind): CollectionAfterDeleteHook {
  return async ({ id, req }) => {
    try {
      await removeEntry(req, entryKey(kind, id))
    } catch (error) {
      req.payload.logger.error({ err: error }, `search index: could not remove ${kind} ${id}`)
    }
  }
}
