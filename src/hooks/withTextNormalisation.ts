import type { CollectionConfig } from 'payload'
import { normaliseTextFields } from './normaliseTextFields'
import { refuseBadText } from './refuseBadText'

/** Puts the NFC hook, then the bad-text check, first on every collection, so later hooks and validation see clean NFC. */
export function withTextNormalisation(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeValidate: [normaliseTextFields, refuseBadText, ...(collection.hooks?.beforeValidate ?? [])],
    },
  }))
}
