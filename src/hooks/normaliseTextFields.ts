import type { CollectionBeforeValidateHook, Field } from 'payload'
import { deepNFC, toNFC } from '../lib/text/normaliseVietnamese'
import { walkTextFields } from './walkTextFields'

/** Composes every text value of a document into NFC. */
export function normaliseFieldValues(fields: Field[], data: Record<string, unknown>): void {
  walkTextFields(fields, data, (field, value) => {
    if (field.type === 'richText' || field.type === 'json') return deepNFC(value)
    if (typeof value === 'string') return toNFC(value)
    return Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? toNFC(v) : v)) : value
  })
}

/** Shared by every collection: whatever arrives (NFD from macOS, Word), NFC is stored. */
export const normaliseTextFields: CollectionBeforeValidateHook = ({ collection, data }) => {
  if (data) normaliseFieldValues(collection.fields, data)
  return data
}
