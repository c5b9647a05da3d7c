import type { CollectionConfig } from 'payload'
import { describe, expect, it } from 'vitest'
import { adaptCollection } from './adminLanguage'

const collection: CollectionConfig = {
  slug: 'units',
  labels: { singular: { vi: 'Đơn vị', en: 'Unit' }, plural: { vi: 'Đơn vị', en: 'Units' } },
  versions: { maxPerDoc: 5 },
  fields: [
    { name: 'name', type: 'text', label: { vi: 'Tên đơn vị', en: 'Name' } },
    { name: 'slug', type: 'text', label: { vi: 'Đường dẫn (slug)', en: 'Slug' }, admin: { components: { Field: '/own#Slug' } } },
    { name: 'body', type: 'richText', label: { vi: 'Nội dung', en: 'Body' } },
    { name: 'pending', type: 'checkbox', label: { vi: 'Chưa xác nhận', en: 'Unconfirmed' }, admin: { components: { Cell: '/own#Cell' } } },
    { type: 'row', fields: [{ name: 'validTo', type: 'date', label: { vi: 'Hiệu lực đến ngày', en: 'Valid to' } }] },
    { type: 'tabs', tabs: [{ label: { vi: 'Ảnh', en: 'Photos' }, fields: [{ name: 'rows', type: 'array', labels: { singular: { vi: 'Ảnh', en: 'Photo' }, plural: { vi: 'Ảnh', en: 'Photos' } }, fields: [{ name: 'takenAt', type: 'date' }] }] }] },
  ],
}
const i18n = (language: string) => ({ i18n: { language }, t: (key: string) => key }) as never
const call = (label: unknown, language: string) => (label as (args: never) => string)(i18n(language))

/** The adapted config, read loosely. */
type Loose = Record<string, any>

describe('adaptCollection', () => {
  const adapted = adaptCollection(collection)
  const find = (name: string, fields = adapted.fields): Loose | undefined => {
    for (const f of fields as Loose[]) {
      if (f.name === name) return f
      const inner = f.fields ? find(name, f.fields) : f.tabs ? find(name, f.tabs.flatMap((t: { fields: unknown[] }) => t.fields)) : undefined
      if (inner) return inner
    }
  }

  it("turns {vi, en} labels into functions of the admin's language", () => {
    expect(call(adapted.labels!.singular, 'vi')).toBe('Đơn vị')
    expect(call(adapted.labels!.plural, 'en')).toBe('Units')
    expect(call(find('name')!.label, 'en')).toBe('Name')
    expect(call(find('validTo')!.label, 'vi')).toBe('Hiệu lực đến ngày')
    expect(call(find('rows')!.labels.singular, 'en')).toBe('Photo')
    expect(call(find('name')!.label, 'fr')).toBe('Tên đơn vị')
    // a field drawn by its own component keeps the object, which that component translates
    expect(find('slug')!.label).toEqual({ vi: 'Đường dẫn (slug)', en: 'Slug' })
    expect(find('body')!.label).toEqual({ vi: 'Nội dung', en: 'Body' })
    // a list cell of its own is drawn with the client config: its label becomes a function
    expect(call(find('pending')!.label, 'en')).toBe('Unconfirmed')
  })

  it('gives every date, nested ones and the timestamps, the Vietnam-time components', () => {
    for (const name of ['validTo', 'takenAt']) expect(JSON.stringify(find(name)!.admin.components.Field)).toContain('VietnamDateField')
    for (const name of ['createdAt', 'updatedAt']) expect(find(name)!.admin.components.Cell).toContain('VietnamDateCell')
    // the picker translates its label itself, per request
    expect(find('validTo')!.admin.components.Field.clientProps.bilingualLabel).toEqual({ vi: 'Hiệu lực đến ngày', en: 'Valid to' })
    expect(call(find('updatedAt')!.label, 'vi')).toBe('Ngày cập nhật')
    expect(adapted.fields.filter((f) => 'name' in f && f.name === 'updatedAt')).toHaveLength(1)
    expect(adaptCollection({ ...collection, timestamps: false }).fields.some((f) => 'name' in f && f.name === 'createdAt')).toBe(false)
  })

  it('lists versions in Vietnam time and keeps the API tab for administrators', () => {
    const edit = adapted.admin!.components!.views!.edit as Loose
    expect(edit.versions.Component).toContain('VersionsList')
    const condition = edit.api.tab.condition
    expect(condition({ collectionConfig: {}, req: { user: { id: 1, collection: 'users', roles: ['admin'] } } })).toBe(true)
    expect(condition({ collectionConfig: {}, req: { user: { id: 2, collection: 'users', roles: ['editor'] } } })).toBe(false)
  })
})
