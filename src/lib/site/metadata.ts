import type { Metadata } from 'next'
import { absoluteUrl } from './urls'

/** The title of every page that finds nothing (its body is the Vietnamese 404). */
export const NOT_FOUND_METADATA: Metadata = { title: 'Không tìm thấy trang' }

/**
 * A public page's title, description and canonical URL (from its path), or the 404's title
 * when there is no such page; `alternates` adds links beside the canonical one (a feed).
 */
export function pageMetadata(page: { title: string; description?: string | null; path: string } | null | undefined, alternates: Omit<NonNullable<Metadata['alternates']>, 'canonical'> = {}): Metadata {
  if (!page) return NOT_FOUND_METADATA
  return { title: page.title, description: page.description ?? undefined, alternates: { canonical: absoluteUrl(page.path), ...alternates } }
}
