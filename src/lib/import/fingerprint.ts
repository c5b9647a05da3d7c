import { createHash } from 'node:crypto'
import { foldVietnamese } from '../text/foldVietnamese'
import type { ParsedPage } from './parsePage'

const sha = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 32)

/**
 * Which report a source page is, stable across re-imports and small edits of the page:
 * its unit, its title without accents or punctuation, and the day it was published.
 */
export function sourceFingerprint(page: Pick<ParsedPage, 'title' | 'publishedAt'>, unitId: string | number): string {
  const title = foldVietnamese(page.title).replace(/[^a-z0-9]+/g, ' ').trim()
  return sha(`${unitId}|${title}|${page.publishedAt?.slice(0, 10) ?? ''}`)
}

/** What the page says: a re-import of an unchanged page writes nothing. */
export function contentHash(page: ParsedPage, extra: unknown): string {
  return sha(JSON.stringify([page, extra]))
}
