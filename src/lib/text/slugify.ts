import { foldVietnamese } from './foldVietnamese'

const MAX_SLUG_LENGTH = 96

/**
 * "Hải Dương: Công tác dân vận" → "hai-duong-cong-tac-dan-van".
 * Long titles are cut at a word boundary so URLs stay readable.
 */
export function slugify(value: string | null | undefined): string {
  if (!value) return ''
  const slug = foldVietnamese(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= MAX_SLUG_LENGTH) return slug
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1)
  const lastDash = cut.lastIndexOf('-')
  return (lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '')
}
