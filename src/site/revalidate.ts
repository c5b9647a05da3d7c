/**
 * Tells Next that cached pages are stale. Three cases:
 * - inside a request (a REST save, the workflow endpoint, an admin action): revalidatePath and
 *   revalidateTag, which Next applies when the request ends, after Payload's transaction;
 * - inside the Next server but outside a request Next can revalidate from (the scheduled-publish
 *   job runner, on its own or started while an admin page renders): the server's incremental cache directly, once now and once a moment later so a page rendered
 *   while the job's transaction was still open does not keep the old content;
 * - outside Next (tests, scripts, the payload CLI): nothing to do.
 * A failure is logged and never fails the save that caused it.
 */
import { purgeSharedPageCache } from '../lib/site/pageCache'

const IMPLICIT_TAG_PREFIX = '_N_T_' // Next's prefix for the tags revalidatePath uses

type Logger = { warn: (obj: unknown, msg?: string) => void }

type IncrementalCacheLike = { revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void> }

export async function revalidateSite(targets: { paths: string[]; tags: string[] }, logger?: Logger): Promise<'request' | 'process' | 'none'> {
  if (!targets.paths.length && !targets.tags.length) return 'none'
  if (process.env.NEXT_RUNTIME !== 'nodejs') return 'none'
  // the production server's copies of cached pages (src/server/serve.ts) go at once
  purgeSharedPageCache()
  try {
    const { revalidatePath, revalidateTag } = await import('next/cache')
    for (const tag of targets.tags) revalidateTag(tag, { expire: 0 })
    for (const path of targets.paths) revalidatePath(path)
    return 'request'
  } catch {
    // not in a request Next can revalidate from: outside any request ("static generation store
    // missing"), or while a page renders (the job runner started by an admin page's render:
    // "revalidateTag can't be called during render"); the server's cache itself still can
  }
  const cache = (globalThis as { __incrementalCache?: IncrementalCacheLike }).__incrementalCache
  if (!cache?.revalidateTag) return 'none' // no request served yet: nothing is cached
  const tags = [...targets.tags, ...targets.paths.flatMap((p) => (p === '/' ? [`${IMPLICIT_TAG_PREFIX}/`, `${IMPLICIT_TAG_PREFIX}/index`] : [`${IMPLICIT_TAG_PREFIX}${p}`]))]
  const run = () =>
    cache
      .revalidateTag(tags)
      .then(purgeSharedPageCache) // a page copied while the tags were still valid goes too
      .catch((error) => logger?.warn({ err: error }, 'revalidation failed'))
  await run()
  setTimeout(run, 1500).unref?.()
  return 'process'
}
