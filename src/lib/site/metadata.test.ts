import { describe, expect, it } from 'vitest'
import { NOT_FOUND_METADATA, pageMetadata } from './metadata'
import { absoluteUrl } from './urls'

describe('pageMetadata', () => {
  it('gives the title, description and canonical URL of a page', () => {
    expect(pageMetadata({ title: 'Tổ COVID cộng đồng', description: 'Mô hình ở Hải Dương', path: '/mo-hinh/to-covid' })).toEqual({
      title: 'Tổ COVID cộng đồng',
      description: 'Mô hình ở Hải Dương',
      alternates: { canonical: absoluteUrl('/mo-hinh/to-covid') },
    })
  })

  it('leaves out a missing description and adds other links beside the canonical one', () => {
    const meta = pageMetadata({ title: 'Ban Dân vận', description: null, path: '/don-vi/ban' }, { types: { 'application/rss+xml': '/don-vi/ban/rss.xml' } })
    expect(meta.description).toBeUndefined()
    expect(meta.alternates).toEqual({ canonical: absoluteUrl('/don-vi/ban'), types: { 'application/rss+xml': '/don-vi/ban/rss.xml' } })
  })

  it('titles a missing page as not found', () => {
    expect(pageMetadata(null)).toBe(NOT_FOUND_METADATA)
    expect(NOT_FOUND_METADATA.title).toBe('Không tìm thấy trang')
  })
})
