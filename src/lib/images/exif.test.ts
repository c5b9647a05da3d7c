import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { takenAtFromExif } from './exif'

const withDate = (fields: Record<string, string>) =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#ffffff' } })
    .jpeg()
    .withExif({ IFD2: fields })
    .toBuffer()
    .then((b) => sharp(b).metadata())

describe('takenAtFromExif', () => {
  it('reads DateTimeOriginal as Vietnam time', async () => {
    const meta = await withDate({ DateTimeOriginal: '2024:06:21 09:30:00' })
    expect(takenAtFromExif(meta.exif)).toBe('2024-06-21T02:30:00.000Z')
  })

  it('honours an explicit offset', async () => {
    const meta = await withDate({ DateTimeOriginal: '2024:06:21 09:30:00', OffsetTimeOriginal: '+09:00' })
    expect(takenAtFromExif(meta.exif)).toBe('2024-06-21T00:30:00.000Z')
  })

  it('gives null without EXIF or with garbage', async () => {
    expect(takenAtFromExif(undefined)).toBeNull()
    expect(takenAtFromExif(Buffer.from('not exif'))).toBeNull()
  })
})
