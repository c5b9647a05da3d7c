import type { Field } from 'payload'

/**
 * The photos a document shows, worked out on every save (src/hooks/photoUse.ts) and never
 * taken from the client: whether a photo is public is asked of these (src/data/photoPublicity.ts).
 * Hidden from the API and the admin; never populated.
 */
export const photosUsedField: Field = {
  name: 'photosUsed',
  type: 'relationship',
  relationTo: 'media',
  hasMany: true,
  maxDepth: 0,
  hidden: true,
  label: { vi: 'Ảnh được dùng', en: 'Photos used' },
}
