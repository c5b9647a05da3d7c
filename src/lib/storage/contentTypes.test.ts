import { describe, expect, it } from 'vitest'
import { contentTypeOf } from './contentTypes'

describe('contentTypeOf', () => {
  it('types photos, their sizes and attachments by extension, whatever its case', () => {
    expect(contentTypeOf('hoi-nghi-3f9a1c2b7d0e4a5b.JPG')).toBe('image/jpeg')
    expect(contentTypeOf('hoi-nghi-3f9a1c2b7d0e4a5b-card.webp')).toBe('image/webp')
    expect(contentTypeOf('nghi-dinh-3f9a1c2b7d0e4a5b.pdf')).toBe('application/pdf')
    expect(contentTypeOf('quyet-dinh.docx')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  })

  it('sends anything else as bytes', () => {
    expect(contentTypeOf('khong-ro.exe')).toBe('application/octet-stream')
    expect(contentTypeOf('khong-duoi')).toBe('application/octet-stream')
  })
})
