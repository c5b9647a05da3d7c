/**
 * The one place that tells this process's caches that pages are stale: Next's cache, the
 * production server's page copies (src/server/serve.ts) and, for writes made elsewhere, the
 * search index. Three cases for Next's cache:
 * - inside a request (a REST save, the workflow endpoint, an admin action): Next's public
 *   revalidateTag and revalidatePath, which Next applies when the request ends, after Payload's
 *   transaction;
 * - outside any request Next can revalidate from (the invalidation log's follower, the
 *   scheduled-publish job runner, on its own or started while an admin page renders): the
 *   server's incremental cache itself, once now and once a moment later, so that a page
 *   rendered while the write's transaction was still open does not keep the old content;
 * - outside Next (tests, scripts, the payload CLI): nothing here; other processes hear of it
 *   through the log (./invalidateSite.ts).
 * A failure is logged and never fails the write that caused it.
 */
import type { Payload } from 'payload'
import { catchUpNow } from '../lib/search/indexSync'
import type { Invalidation } from '../lib/site/invalidation'
import { purgeSharedPageCache } from '../lib/site/pageCache'

type Logger = Pick<Payload['logger'], 'warn'>

/**
 * Next has no public API to revalidate outside a request (revalidateTag throws "static
 * generation store missing" there, and "during render" inside a page's render); its server
 * keeps the cache it would call on globalThis. This is the only use of that internal: tags
 * only, no path tags, since every cached page takes the tags of the reads it made
 * (src/site/siteRead.ts), so the tags reach every page a path would.
 */
type IncrementalCacheLike = { revalidateTag(tags: string[]): Promise<void> }
const serverCache = () => (globalThis as { __incrementalCache?: IncrementalCacheLike }).__incrementalCache

const SECOND_PASS_MS = 1500

export type Applied = 'request' | 'process' | 'none'

/** `outsideRequest`: known to run outside any request (the follower), so Next's public API is not tried. */
export async function applyInvalidation(invalidation: Invalidation, logger: Logger, options: { outsideRequest?: boolean } = {}): Promise<Applied> {
  if (!invalidation.tags.length && !invalidation.paths.length) return 'none'
  if (process.env.NEXT_RUNTIME !== 'nodejs') return 'none'
  purgeSharedPageCache()
  if (!options.outsideRequest) {
    try {
      const { revalidatePath, revalidateTag } = await import('next/cache')
      for (const tag of invalidation.tags) revalidateTag(tag, { expire: 0 })
      for (const path of invalidation.paths) revalidatePath(path)
      return 'request'
    } catch {
      // not in a request Next can revalidate from after all (see above)
    }
  }
  const cache = serverCache()
  if (!cache?.revalidateTag || !invalidation.tags.length) return 'none' // no request served yet: nothing is cached
  const run = () =>
    cache
      .revalidateTag(invalidation.tags)
      .then(purgeSharedPageCache) // a page copied while the tags were still valid goes too
      .catch((error) => logger.warn({ err: error }, 'revalidation failed'))
  await run()
  setTimeout(run, SECOND_PASS_MS).unref?.()
  return 'process'
}

/** What another process wrote: its pages here, and this process's search index caught up at once. */
export async function applyLoggedInvalidation(payload: Payload, invalidation: Invalidation): Promise<void> {
  await Promise.all([applyInvalidation(invalidation, payload.logger, { outsideRequest: true }), catchUpNow(payload)])
}
