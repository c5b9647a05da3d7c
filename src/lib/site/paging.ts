/** One page of a list, as the site's list pages take it. */
export type Page<T> = { items: T[]; page: number; totalPages: number; totalDocs: number }

export const EMPTY_PAGE: Page<never> = { items: [], page: 1, totalPages: 0, totalDocs: 0 }

/** Page `page` (from 1) of a list held whole in memory; an empty list still has one page. */
export function pageOf<T>(items: readonly T[], page: number, size: number): Page<T> {
  return { items: items.slice((page - 1) * size, page * size), page, totalPages: Math.max(1, Math.ceil(items.length / size)), totalDocs: items.length }
}
