/**
 * Picture sources for a photo from the pipeline's sizes (see collections/Media): WebP for
 * browsers that take it, the JPEG/PNG fallback for the rest, each with its widths, so a phone
 * loads the 320 or 768 size and a desktop the 1600 one.
 */
type VariantRecord = { url: string; width: number; height: number; mimeType?: string; filesize?: number }
type VariantMap = Record<string, { webp?: VariantRecord; fallback?: VariantRecord }>

export type MediaLike = {
  alt?: string | null
  caption?: string | null
  credit?: string | null
  url?: string | null
  width?: number | null
  height?: number | null
  mimeType?: string | null
  filesize?: number | null
  variants?: unknown
}

export type Picture = {
  alt: string
  src: string
  width?: number
  height?: number
  srcSet?: string
  webpSrcSet?: string
  caption?: string | null
  credit?: string | null
  /** the card size's JPEG/PNG (else the largest there is): what "Lưu bài" puts inside its file */
  cardSrc?: string
}

const ORDER = ['thumbnail', 'card', 'hero'] as const

export function pictureOf(media: MediaLike | number | string | null | undefined, largest: 'thumbnail' | 'card' | 'hero' = 'hero'): Picture | null {
  if (!media || typeof media !== 'object') return null
  const variants = (media.variants && typeof media.variants === 'object' ? media.variants : {}) as VariantMap
  const sizes = ORDER.slice(0, ORDER.indexOf(largest) + 1).map((name) => variants[name]).filter(Boolean)
  const fallbacks = sizes.map((s) => s.fallback).filter((v): v is VariantRecord => Boolean(v))
  const webps = sizes.map((s) => s.webp).filter((v): v is VariantRecord => Boolean(v))
  const main = fallbacks[fallbacks.length - 1] ?? null
  const src = main?.url ?? media.url
  if (!src) return null
  const set = (list: VariantRecord[]) => (list.length ? list.map((v) => `${v.url} ${v.width}w`).join(', ') : undefined)
  return {
    alt: media.alt ?? '',
    src,
    width: main?.width ?? media.width ?? undefined,
    height: main?.height ?? media.height ?? undefined,
    srcSet: set(fallbacks),
    webpSrcSet: set(webps),
    caption: media.caption,
    credit: media.credit,
    cardSrc: variants.card?.fallback?.url ?? src,
  }
}

/** The 1200×630 social crop for Open Graph and feeds, else the largest fallback. */
export function socialImageOf(media: MediaLike | number | string | null | undefined): { url: string; width?: number; height?: number; type: string; length?: number } | null {
  if (!media || typeof media !== 'object') return null
  const variants = (media.variants && typeof media.variants === 'object' ? media.variants : {}) as VariantMap
  const pick = variants.social?.fallback ?? variants.hero?.fallback ?? variants.card?.fallback
  if (pick) return { url: pick.url, width: pick.width, height: pick.height, type: pick.mimeType ?? 'image/jpeg', length: pick.filesize }
  return media.url ? { url: media.url, width: media.width ?? undefined, height: media.height ?? undefined, type: media.mimeType ?? 'image/jpeg', length: media.filesize ?? undefined } : null
}
