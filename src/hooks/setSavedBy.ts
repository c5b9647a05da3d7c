import type { CollectionBeforeChangeHook } from 'payload'

/** The id as the database stores it (a number on SQLite, a string on MongoDB), from a populated or bare relation. */
const storedId = (value: unknown): unknown => (typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : (value ?? null))

/**
 * Stamps every save by a signed-in user (the admin form, REST, GraphQL, a workflow step, which
 * acts as the user who took it) with that user, whatever the data claims. A write without a
 * user (the importer, the seed, a system fix-up) keeps the saver it had.
 */
export const setSavedBy: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (req.user?.collection === 'users') data.savedBy = req.user.id
  else if (originalDoc) data.savedBy = storedId(originalDoc.savedBy)
  return data
}
