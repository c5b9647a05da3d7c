import { unstable_cache } from 'next/cache'
import { cache } from 'react'

/** `next build` collects pages without a database (the Docker build has none). */
export const isBuildPhase = (): boolean => process.env.NEXT_PHASE === 'phase-production-build'

/**
 * Reads are kept in Next's data cache only inside a production Next server: `next dev` shows
 * every change at once, and tests and scripts (no Next at all) read straight through.
 */
const dataCacheOn = (): boolean => process.env.NEXT_RUNTIME === 'nodejs' && process.env.NODE_ENV === 'production'

/**
 * The time limit is a safety net for writes made where no server hears of them (an import
 * script on another machine): the invalidation log (src/invalidation) does the real work.
 */
export const SAFETY_REVALIDATE_SECONDS = 300

type Tags<A extends unknown[]> = readonly string[] | ((...args: A) => readonly string[])

/**
 * Every read of the public site goes through this: during `next build` it answers `duringBuild`
 * without touching the database; otherwise it reads once per render (React's cache) and, in a
 * production server, keeps the result in Next's data cache under `tags`
 * (src/lib/site/cacheTags.ts). The tags are added to the page that makes the read, so
 * invalidating a tag also regenerates every cached page that showed it. Arguments are part of
 * the cache key, so they must be plain values.
 */
export function siteRead<A extends unknown[], T>(name: string, options: { tags: Tags<A>; duringBuild: T }, load: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  return cache(async (...args: A): Promise<T> => {
    if (isBuildPhase()) return options.duringBuild
    if (!dataCacheOn()) return load(...args)
    const tags = typeof options.tags === 'function' ? options.tags(...args) : options.tags
    const key = [name, ...args.map((arg) => JSON.stringify(arg ?? null))]
    return unstable_cache(() => load(...args), key, { tags: [...tags], revalidate: SAFETY_REVALIDATE_SECONDS })()
  })
}
