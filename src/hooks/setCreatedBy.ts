import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Records the account that created a document; it decides a contributor's ownership, so
 * a signed-in user can neither claim another author's document nor hand theirs away.
 */
export const setCreatedBy: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (req.user?.collection !== 'users') return data
  if (operation === 'create') data.createdBy = req.user.id
  else if ('createdBy' in data) data.createdBy = originalDoc?.createdBy
  return data
}
