import type { CollectionBeforeChangeHook } from 'payload'

/** The account made on the create-first-user screen (or from ADMIN_EMAIL) administers the system. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) data.roles = ['admin']
  return data
}
