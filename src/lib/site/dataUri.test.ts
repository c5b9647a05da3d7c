import { describe, expect, it } from 'vitest'
import { dataUri, imageTypeOf, storedFileName } from './dataUri'
import { isPortalUrl } from './urls'

describe('photos inside a saved page', () => {
  it('knows the photo types by extension', () => {
    expect(imageTypeOf('/api/media/file/a-768x512.JPG')).toBe('image/jpeg')
    expect(imageTypeOf('b.webp?x=1')).toBe('image/webp')
    expect(imageTypeOf('c.svg')).toBeNull()
  })

  it('encodes bytes and finds the stored name', () => {
    expect(dataUri('image/png', new Uint8Array([1, 2, 3]))).toBe('data:image/png;base64,AQID')
    expect(storedFileName('http://localhost:3000/api/media/file/h%E1%BB%99i-768.jpg?v=2')).toBe('hội-768.jpg')
    expect(storedFileName('/api/media/file/a.jpg')).toBe('a.jpg')
    expect(storedFileName('https://example.vn/a.jpg')).toBeNull()
  })
})

describe('links to other portals', () => {
  it('takes http and https addresses only', () => {
    expect(isPortalUrl('https://chinhphu.vn')).toBe(true)
    expect(isPortalUrl('http://quochoi.vn/')).toBe(true)
    for (const bad of ['javascript:alert(1)', '/trang-noi-bo', 'chinhphu.vn', 'https://localhost', 'https://a:b@chinhphu.vn', 'ftp://x.vn']) expect(isPortalUrl(bad), bad).toBe(false)
  })
})
