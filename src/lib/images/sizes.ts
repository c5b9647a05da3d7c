/**
 * The derived sizes of every photo. Widths bound the long edge of landscape photos; the
 * social image is cropped to exactly 1200×630 around the focal point.
 */
export const IMAGE_SIZES = [
  { name: 'thumbnail', width: 320 },
  { name: 'card', width: 768 },
  { name: 'hero', width: 1600 },
  { name: 'social', width: 1200, height: 630 },
] as const

export type SizeName = (typeof IMAGE_SIZES)[number]['name']

/** The stored original is bounded to this long side. */
export const MAX_ORIGINAL_SIDE = 4096

/** The frame every size is cut from: as small as covers the widest size and the social crop's height. */
export const SIZES_FRAME = { width: Math.max(...IMAGE_SIZES.map((s) => s.width)), height: Math.max(...IMAGE_SIZES.map((s) => ('height' in s ? s.height : 0))) }

export const WEBP_OPTIONS = { quality: 80, effort: 2 } as const
export const JPEG_OPTIONS = { quality: 82, mozjpeg: false } as const
/**
 * The stored original without Huffman optimisation: libjpeg's optimisation keeps the whole
 * image's coefficients for a second pass (34 MB for 4096×2731) and triples the encode time,
 * for a file 3% smaller. The sizes, small and served far more often, keep it.
 */
export const ORIGINAL_JPEG_OPTIONS = { ...JPEG_OPTIONS, optimiseCoding: false } as const
export const PNG_OPTIONS = { compressionLevel: 6 } as const

/** Where a crop of `cropW×cropH` from an image of `w×h` starts, centred on the focal point (percent). */
export function focalCrop(w: number, h: number, targetRatio: number, focalX = 50, focalY = 50) {
  let cropW = w
  let cropH = Math.round(w / targetRatio)
  if (cropH > h) {
    cropH = h
    cropW = Math.round(h * targetRatio)
  }
  const clamp = (v: number, max: number) => Math.min(Math.max(0, Math.round(v)), max)
  const left = clamp((focalX / 100) * w - cropW / 2, w - cropW)
  const top = clamp((focalY / 100) * h - cropH / 2, h - cropH)
  return { left, top, width: cropW, height: cropH }
}
