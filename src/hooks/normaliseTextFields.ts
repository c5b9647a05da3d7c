import type { CollectionBeforeValidateHook, Field } from 'payload'
import { deepNFC, toNFC } from '../lib/text/normaliseVietnamese'

type Data = Record<string, unknown>

const isData = (value: unknown): value is Data => Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** Walks the collection's field tree and composes every text value into NFC. */
export function normaliseFieldValues(fields: Field[], data: Data): void {
  for (const field of fields) {
    if (!('name' in field)) {
      // Presentational containers (row, collapsible, unnamed group, unnamed tabs) share the parent's data.
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) {
            if (isData(data[tab.name])) normaliseFieldValues(tab.fields, data[tab.name] as Data)
          } else normaliseFieldValues(tab.fields, data)
        }
      } else if ('fields' in field) normaliseFieldValues(field.fields, data)
      continue
    }
    const value = data[field.name]
    if (value === undefined || value === null) continue
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'email':
        if (typeof value === 'string') data[field.name] = toNFC(value)
        else if (Array.isArray(value)) data[field.name] = value.map((v) => (typeof v === 'string' ? toNFC(v) : v))
        break
      case 'richText':
      case 'json':
        data[field.name] = deepNFC(value)
        break
      case 'group':
        if (isData(value)) normaliseFieldValues(field.fields, value)
        break
      case 'array':
        if (Array.isArray(value)) for (const row of value) if (isData(row)) normaliseFieldValues(field.fields, row)
        break
      case 'blocks':
        if (Array.isArray(value))
          for (const row of value) {
            const block = isData(row) ? field.blocks.find((b) => b.slug === row.blockType) : undefined
            if (block) normaliseFieldValues(block.fields, row as Data)
          }
        break
    }
  }
}

/** Shared by every collection: whatever arrives (NFD from macOS, Word), NFC is stored. */
export const normaliseTextFields: CollectionBeforeValidateHook = ({ collection, data }) => {
  if (data) normaliseFieldValues(collection.fields, data)
  return data
}
