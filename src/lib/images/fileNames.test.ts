import { describe, expect, it } from 'vitest'
import { ownerNamesOf, shownFileName, storedFileName, storedPhotoName, variantFilename } from './fileNames'

describe('stored photo names', () => {
  it('slugs the uploaded name, adds a random part and takes the stored format’s extension', () => {
    expect(storedPhotoName('Hội nghị Đảng ủy.JPG', 'jpeg', '3f9a1c2b7d0e4a5b')).toBe('hoi-nghi-dang-uy-3f9a1c2b7d0e4a5b.jpg')
    expect(storedPhotoName('ảnh.png', 'png', '0123456789abcdef')).toBe('anh-0123456789abcdef.png')
    expect(storedPhotoName('.jpg', 'webp', '0123456789abcdef')).toBe('anh-0123456789abcdef.webp')
    expect(storedPhotoName('###.jpeg', 'jpeg', '0123456789abcdef')).toBe('anh-0123456789abcdef.jpg')
  })

  it('draws a new random part each time', () => {
    const a = storedPhotoName('hoi-nghi.jpg', 'jpeg')
    expect(a).toMatch(/^hoi-nghi-[0-9a-f]{16}\.jpg$/)
    expect(storedPhotoName('hoi-nghi.jpg', 'jpeg')).not.toBe(a)
  })

  it('keeps long names readable and bounded', () => {
    const name = storedPhotoName(`${'Quang cảnh hội nghị '.repeat(10)}.jpg`, 'jpeg', '0123456789abcdef')
    expect(name.length).toBeLessThanOrEqual(60 + 1 + 16 + 4)
    expect(name).toMatch(/^quang-canh-hoi-nghi-[a-z-]*[a-z]-0123456789abcdef\.jpg$/)
  })
})

describe('which original a requested file belongs to', () => {
  it('names the size’s original in every format, and the file itself', () => {
    const original = 'hoi-nghi-3f9a1c2b7d0e4a5b.jpg'
    const card = variantFilename(original, { size: 'card', format: 'webp' })
    expect(card).toBe('hoi-nghi-3f9a1c2b7d0e4a5b-card.webp')
    expect(ownerNamesOf(card)).toContain(original)
    expect(ownerNamesOf(card)).toContain(card)
    expect(ownerNamesOf(variantFilename('so-do.png', { size: 'social', format: 'png' }))).toContain('so-do.png')
    // old names, from before the random part, still find their photo
    expect(ownerNamesOf('hoi-nghi-thumbnail.jpg')).toContain('hoi-nghi.jpeg')
  })

  it('takes a name that is no size for an original only', () => {
    expect(ownerNamesOf('hoi-nghi.jpg')).toEqual(['hoi-nghi.jpg'])
    expect(ownerNamesOf('hoi-nghi-cards.webp')).toEqual(['hoi-nghi-cards.webp'])
  })
})

describe('shownFileName', () => {
  it('shows a stored file by the name it was uploaded under, as a slug, without its random part', () => {
    expect(shownFileName(storedFileName('Nghị định 04.pdf', 'pdf', 'van-ban', '0123456789abcdef'))).toBe('nghi-dinh-04.pdf')
    expect(shownFileName('quyet-dinh-2024-0123456789abcdef.docx')).toBe('quyet-dinh-2024.docx')
    // a name stored before the random part, or one whose ending only looks like it, stays
    expect(shownFileName('Quyết định-1.pdf')).toBe('Quyết định-1.pdf')
    expect(shownFileName('bao-cao-0123456789abcdef-tom-tat.pdf')).toBe('bao-cao-0123456789abcdef-tom-tat.pdf')
  })
})
