import type { CollectionConfig } from 'payload'
import { normaliseTextFields } from './normaliseTextFields'

/** Puts the NFC hook first on every collection, so later hooks and validation see NFC. */
export function withTextNormalisation(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeValidate: [normaliseTextFields, ...(collection.hooks?.beforeValidate ?? [])],
    },
  }))
}
