import { describe, expect, it } from 'vitest'
import { photosUsedIn, type FieldLike } from './photosUsed'

/** The shape of a report's photo fields, as Payload flattens them (unnamed tabs vanish). */
const fields: FieldLike[] = [
  { type: 'text', name: 'title' },
  { type: 'richText', name: 'body' },
  { type: 'upload', name: 'featuredImage', relationTo: 'media' },
  { type: 'array', name: 'gallery', flattenedFields: [{ type: 'upload', name: 'photo', relationTo: 'media' }, { type: 'textarea', name: 'caption' }] },
  { type: 'relationship', name: 'unit', relationTo: 'units' },
  { type: 'upload', name: 'photos', relationTo: 'media' },
  { type: 'relationship', name: 'either', relationTo: ['media', 'units'] },
  { type: 'group', name: 'cover', flattenedFields: [{ type: 'upload', name: 'image', relationTo: 'media' }] },
  { type: 'tab', name: 'seo', flattenedFields: [{ type: 'upload', name: 'ogImage', relationTo: 'media' }] },
  {
    type: 'blocks',
    name: 'layout',
    blocks: [{ slug: 'figure', flattenedFields: [{ type: 'upload', name: 'picture', relationTo: 'media' }] }, 'sharedBlock'],
  },
  { type: 'relationship', name: 'photosUsed', relationTo: 'media' },
]

const paragraph = (text: string) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', text, version: 1 }] })
const lexical = (...children: unknown[]) => ({ root: { type: 'root', version: 1, children } })

describe('photosUsedIn', () => {
  it('finds the featured photo, gallery photos and photos in the body, each once', () => {
    const body = lexical(
      paragraph('Quang cảnh hội nghị'),
      { type: 'upload', relationTo: 'media', value: 7, fields: null },
      // a populated node, as the API reads it at depth 1
      { type: 'upload', relationTo: 'media', value: { id: 8, alt: 'Đại biểu' } },
      // nested in a list, and a relationship node to a photo
      { type: 'list', children: [{ type: 'listitem', children: [{ type: 'relationship', relationTo: 'media', value: 9 }] }] },
      // other collections do not count
      { type: 'relationship', relationTo: 'reports', value: 10 },
      { type: 'upload', relationTo: 'documents', value: 11 },
    )
    const doc = { title: 'Hội nghị', body, featuredImage: 3, gallery: [{ photo: 4, caption: 'a' }, { photo: { id: 3 } }, { photo: null }], unit: 99 }
    expect(photosUsedIn(fields, doc)).toEqual([7, 8, 9, 3, 4])
  })

  it('reads hasMany and polymorphic values, groups, named tabs and blocks', () => {
    const doc = {
      photos: [1, { id: 2 }],
      either: { relationTo: 'media', value: 5 },
      cover: { image: 6 },
      seo: { ogImage: 'abc123' },
      layout: [{ blockType: 'figure', picture: 12 }, { blockType: 'sharedBlock', picture: 13 }],
    }
    expect(photosUsedIn(fields, doc)).toEqual([1, 2, 5, 6, 'abc123', 12])
    expect(photosUsedIn(fields, { either: { relationTo: 'units', value: 5 } })).toEqual([])
  })

  it('counts stored values for fields an update leaves out, and what the update clears as gone', () => {
    const stored = { featuredImage: 3, gallery: [{ photo: 4 }], cover: { image: 6 } }
    expect(photosUsedIn(fields, { title: 'Sửa tiêu đề' }, stored)).toEqual([3, 4, 6])
    expect(photosUsedIn(fields, { featuredImage: null, gallery: [] }, stored)).toEqual([6])
    expect(photosUsedIn(fields, { cover: {} }, stored)).toEqual([3, 4, 6])
  })

  it('never reads its own stored result', () => {
    expect(photosUsedIn(fields, { photosUsed: [1, 2] })).toEqual([])
  })

  it('takes ids as stored: numbers on SQLite, strings on MongoDB', () => {
    expect(photosUsedIn(fields, { featuredImage: '65f1c0ffee', gallery: [{ photo: '65f1c0ffee' }] })).toEqual(['65f1c0ffee'])
  })
})
