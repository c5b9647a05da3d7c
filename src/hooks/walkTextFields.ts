import type { Field } from 'payload'

type Data = Record<string, unknown>
export type TextField = Extract<Field, { type: 'text' | 'textarea' | 'email' | 'richText' | 'json' }>

const isData = (value: unknown): value is Data => Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/**
 * Visits every value of a text-like field (text, textarea, email, rich text, JSON) in a
 * document's data, through groups, arrays, blocks and presentational containers, with its
 * path ("gallery.0.caption"); what the visitor returns replaces the value.
 */
export function walkTextFields(fields: Field[], data: Data, visit: (field: TextField, value: unknown, path: string) => unknown, prefix = ''): void {
  for (const field of fields) {
    if (!('name' in field)) {
      // Presentational containers (row, collapsible, unnamed group, unnamed tabs) share the parent's data.
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) {
            if (isData(data[tab.name])) walkTextFields(tab.fields, data[tab.name] as Data, visit, `${prefix}${tab.name}.`)
          } else walkTextFields(tab.fields, data, visit, prefix)
        }
      } else if ('fields' in field) walkTextFields(field.fields, data, visit, prefix)
      continue
    }
    const value = data[field.name]
    if (value === undefined || value === null) continue
    const path = `${prefix}${field.name}`
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'email':
      case 'richText':
      case 'json':
        data[field.name] = visit(field, value, path)
        break
      case 'group':
        if (isData(value)) walkTextFields(field.fields, value, visit, `${path}.`)
        break
      case 'array':
        if (Array.isArray(value)) value.forEach((row, i) => isData(row) && walkTextFields(field.fields, row, visit, `${path}.${i}.`))
        break
      case 'blocks':
        if (Array.isArray(value))
          value.forEach((row, i) => {
            const block = isData(row) ? field.blocks.find((b) => b.slug === row.blockType) : undefined
            if (block) walkTextFields(block.fields, row as Data, visit, `${path}.${i}.`)
          })
        break
    }
  }
}
