import { describe, expect, it } from 'vitest'
import { focalCrop } from './sizes'

describe('focalCrop', () => {
  const ratio = 1200 / 630
  it('centres the crop on the focal point', () => {
    expect(focalCrop(4000, 3000, ratio)).toEqual({ left: 0, top: 450, width: 4000, height: 2100 })
    expect(focalCrop(4000, 3000, ratio, 50, 10)).toEqual({ left: 0, top: 0, width: 4000, height: 2100 })
    expect(focalCrop(4000, 3000, ratio, 50, 90)).toEqual({ left: 0, top: 900, width: 4000, height: 2100 })
  })
  it('crops the sides of tall photos around the focal point', () => {
    const crop = focalCrop(3000, 4000, ratio, 80, 50)
    expect(crop.width).toBe(3000)
    expect(crop.height).toBe(1575)
    expect(crop.top).toBe(1213)
    const wide = focalCrop(1000, 300, ratio, 90, 50)
    expect(wide).toEqual({ left: 429, top: 0, width: 571, height: 300 })
  })
})
