import { describe, expect, it } from 'vitest'
import { remapConventionalIds, remapDocument, type FieldShape, type Id } from './remap'

const maps: Record<string, Record<string, Id>> = { units: { 1: 'u1' }, media: { 5: 'm5', 6: 'm6' }, officials: { 9: 'o9' }, reports: { 2: 'r2' }, users: { 4: 'x4' } }
const lookup = (collection: string, id: Id) => maps[collection]?.[String(id)]
const collections = new Set(Object.keys(maps))

const fields: FieldShape[] = [
  { name: 'unit', type: 'relationship', relationTo: 'units' },
  { name: 'officials', type: 'relationship', relationTo: 'officials', hasMany: true },
  { name: 'featuredImage', type: 'upload', relationTo: 'media' },
  { name: 'owner', type: 'relationship', relationTo: ['users', 'units'] },
  { name: 'gallery', type: 'array', flattenedFields: [{ name: 'photo', type: 'upload', relationTo: 'media' }, { name: 'caption', type: 'text' }] },
  { name: 'layout', type: 'blocks', blocks: [{ slug: 'quote', flattenedFields: [{ name: 'by', type: 'relationship', relationTo: 'officials' }] }] },
  { name: 'meta', type: 'group', flattenedFields: [{ name: 'image', type: 'upload', relationTo: 'media' }] },
  { name: 'body', type: 'richText' },
  { name: 'reports', type: 'join' },
]

describe('remapping a restored document', () => {
  it('rewrites relations at every depth and in rich text, drops joins and its own id', () => {
    const stats = { dangling: 0 }
    const doc = {
      id: 2,
      title: 'Hội nghị',
      unit: 1,
      officials: [9, 404],
      featuredImage: 5,
      owner: { relationTo: 'users', value: 4 },
      gallery: [{ id: 'row1', photo: 6, caption: 'Ảnh' }],
      layout: [{ id: 'b1', blockType: 'quote', by: 9 }],
      meta: { image: 5 },
      reports: { docs: [2], hasNextPage: false },
      body: {
        root: {
          type: 'root',
          children: [
            { type: 'upload', relationTo: 'media', value: 6, fields: null },
            { type: 'relationship', relationTo: 'officials', value: { id: 9, fullName: 'Trần Đức Thắng' } },
            { type: 'paragraph', children: [{ type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'reports', value: 2 } }, children: [] }] },
            { type: 'paragraph', children: [{ type: 'text', text: 'relationTo stays text' }] },
          ],
        },
      },
    }
    const out = remapDocument(doc, fields, lookup, collections, stats)
    expect(out).toEqual({
      title: 'Hội nghị',
      unit: 'u1',
      officials: ['o9'],
      featuredImage: 'm5',
      owner: { relationTo: 'users', value: 'x4' },
      gallery: [{ id: 'row1', photo: 'm6', caption: 'Ảnh' }],
      layout: [{ id: 'b1', blockType: 'quote', by: 'o9' }],
      meta: { image: 'm5' },
      body: {
        root: {
          type: 'root',
          children: [
            { type: 'upload', relationTo: 'media', value: 'm6', fields: null },
            { type: 'relationship', relationTo: 'officials', value: { id: 'o9', fullName: 'Trần Đức Thắng' } },
            { type: 'paragraph', children: [{ type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'reports', value: 'r2' } }, children: [] }] },
            { type: 'paragraph', children: [{ type: 'text', text: 'relationTo stays text' }] },
          ],
        },
      },
    })
    expect(stats.dangling).toBe(1) // official 404 is not in the archive
    expect(doc.unit).toBe(1) // the original is untouched
  })

  it('leaves missing and empty relations as they are', () => {
    const stats = { dangling: 0 }
    expect(remapDocument({ unit: null, title: 'x' }, fields, lookup, collections, stats)).toEqual({ unit: null, title: 'x' })
    expect(stats.dangling).toBe(0)
  })

  it('rewrites the ids that text fields hold by convention', () => {
    expect(remapConventionalIds('audit-log', { collectionSlug: 'reports', documentId: '2' }, lookup)).toEqual({ collectionSlug: 'reports', documentId: 'r2' })
    expect(remapConventionalIds('payload-jobs', { input: { reportId: '2', token: 't' } }, lookup)).toEqual({ input: { reportId: 'r2', token: 't' } })
    expect(remapConventionalIds('units', { documentId: '2' }, lookup)).toEqual({ documentId: '2' })
  })
})
