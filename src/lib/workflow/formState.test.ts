import { describe, expect, it } from 'vitest'
import { galleryFromFormState } from './formState'

describe('galleryFromFormState', () => {
  it('rebuilds gallery rows from flat form paths', () => {
    expect(
      galleryFromFormState({
        title: { value: 'x' },
        gallery: { value: 2 },
        'gallery.0.photo': { value: 4 },
        'gallery.0.caption': { value: 'Hội nghị' },
        'gallery.1.caption': { value: '' },
        'gallery.1.id': { value: 'abc' },
      }),
    ).toEqual([{ photo: 4, caption: 'Hội nghị' }, { caption: '' }])
  })
})
