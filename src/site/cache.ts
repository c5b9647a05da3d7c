import { unstable_cache } from 'next/cache'

/** `next build` collects pages without a database (the Docker build has none). */
export const isBuildPhase = (): boolean => process.env.NEXT_PHASE === 'phase-production-build'

/**
 * Reads of the public site are cached in Next's data cache under tags (src/lib/site/cacheTags)
 * only inside a production Next server: `next dev` shows every change at once, and tests and
 * scripts (no Next at all) read straight through.
 */
const dataCacheOn = (): boolean => process.env.NEXT_RUNTIME === 'nodejs' && process.env.NODE_ENV === 'production'

/**
 * A tagged, cached read. The tags are added to the page that makes the read, so revalidating
 * a tag also regenerates every cached page that showed it. The time limit is a safety net for
 * writes made outside the server (an import script): on-demand revalidation does the real work.
 */
export function cachedRead<T>(key: (string | number | undefined | null)[], tags: string[], load: () => Promise<T>): Promise<T> {
  if (!dataCacheOn()) return load()
  return unstable_cache(load, key.map((k) => String(k ?? '')), { tags, revalidate: SAFETY_REVALIDATE_SECONDS })()
}

export const SAFETY_REVALIDATE_SECONDS = 300
