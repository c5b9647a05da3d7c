import { describe, expect, it } from 'vitest'
import { publishChecklist, type ChecklistInput } from './checklist'

const complete: ChecklistInput = {
  title: 'Hội nghị sơ kết công tác dân vận',
  lead: 'Sáng 24/7, Ban Dân vận Thành ủy tổ chức Hội nghị sơ kết.',
  unit: 3,
  category: 1,
  publishedAt: '2024-07-24T09:42:07.000Z',
  featuredImage: 5,
  featuredImageAlt: 'Quang cảnh hội nghị',
  gallery: [{ photo: 6, caption: 'Đồng chí Nguyễn Hoàng Long phát biểu chỉ đạo' }],
}

describe('publishChecklist', () => {
  it('passes a complete report', () => {
    expect(publishChecklist(complete)).toEqual([])
  })

  it('lists every missing item of an empty report', () => {
    expect(publishChecklist({}).map((i) => i.code)).toEqual(['title', 'lead', 'unit', 'category', 'featuredImage'])
  })

  it('checks each gallery photo for its file and caption, and the featured image for alt text', () => {
    const codes = publishChecklist({ ...complete, featuredImageAlt: ' ', gallery: [{ caption: 'Chờ ảnh' }, { photo: 7, caption: '' }] }).map((i) => i.code)
    expect(codes).toEqual(['featuredImageAlt', 'gallery.0.photo', 'gallery.1.caption'])
  })

  it('refuses NFD and legacy-encoded text', () => {
    expect(publishChecklist({ ...complete, lead: complete.lead!.normalize('NFD') }).map((i) => i.code)).toEqual(['nfc'])
    expect(publishChecklist({ ...complete, body: { root: { children: [{ text: 'C«ng t¸c d©n vËn' }] } } }).map((i) => i.code)).toEqual(['legacyEncoding'])
  })

  it('asks to confirm the titles of named officials whose titles on the date are not confirmed', () => {
    const missing = publishChecklist({ ...complete, officialsToConfirm: ['Nguyễn Văn Phú', 'Phạm Hoàng Sơn'] })
    expect(missing).toEqual([{ code: 'confirmTitles', vi: 'Xác nhận chức danh: Nguyễn Văn Phú, Phạm Hoàng Sơn', en: 'Confirm the titles of: Nguyễn Văn Phú, Phạm Hoàng Sơn' }])
    expect(publishChecklist({ ...complete, officialsToConfirm: [] })).toEqual([])
  })
})
