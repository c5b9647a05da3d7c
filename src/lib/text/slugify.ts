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
  return cutAtWord(slug, MAX_SLUG_LENGTH)
}

function cutAtWord(slug: string, length: number): string {
  if (slug.length <= length) return slug
  const cut = slug.slice(0, length + 1)
  const lastDash = cut.lastIndexOf('-')
  return (lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, length)).replace(/-+$/, '')
}

/**
 * A slug with a suffix that survives being slugified again ("…-2024-06-21", "…-2"): the text is
 * cut at a word to leave the suffix room, since Payload slugifies a given slug once more on
 * create and the length limit would otherwise cut the suffix off.
 */
export function slugWithSuffix(value: string, suffix: string): string {
  const tail = slugify(suffix)
  const head = cutAtWord(slugify(value), MAX_SLUG_LENGTH - tail.length - 1)
  return head ? `${head}-${tail}` : tail
}
