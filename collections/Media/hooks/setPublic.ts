import type { CollectionBeforeChangeHook } from 'payload'
import { photoInUse } from '../../../src/data/photoPublicity'

/**
 * The photo's "public" flag, on every save of the photo: marked public by an editor, or used by
 * something readers see (src/data/photoPublicity.ts). Whatever the client sent is ignored; a
 * new photo is used by nothing yet.
 */
export const setPublic: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const marked = 'markedPublic' in data ? data.markedPublic : originalDoc?.markedPublic
  data.public = Boolean(marked) || (operation === 'update' && originalDoc?.id !== undefined && (await photoInUse(req, originalDoc.id)))
  return data
}
