import type { Payload } from 'payload'
import { InvalidationFollower, SITE_INVALIDATIONS, type LoggedInvalidation } from '../lib/site/invalidationLog'
import { isNothing } from '../lib/site/invalidation'
import { applyLoggedInvalidation } from './applyInvalidation'
import { processOrigin } from './processOrigin'

/**
 * Every server process follows the invalidation log: each poll reads the rows written since
 * the last (src/lib/site/invalidationLog.ts) and applies what other processes wrote to this
 * one's Next cache, page copies and search index. A poll is one indexed read, so the default
 * of 500 ms keeps every process within about a second of a write (the goal is 2 s). Rows are
 * kept KEEP_MS, then any process deletes them. Polling rather than a change stream, so it
 * works alike on SQLite and MongoDB.
 *
 * SITE_INVALIDATION_POLL_MS sets the interval; 0 turns the follower off.
 */
const DEFAULT_POLL_MS = 500
const KEEP_MS = 10 * 60_000
const PRUNE_EVERY_MS = 60_000
const READ_LIMIT = 500

const RUNNING = Symbol.for('danvan.invalidationFollower')

export function followInvalidations(payload: Payload, env: Record<string, string | undefined> = process.env): void {
  const holder = globalThis as { [RUNNING]?: boolean }
  const pollMs = env.SITE_INVALIDATION_POLL_MS === undefined ? DEFAULT_POLL_MS : Number(env.SITE_INVALIDATION_POLL_MS)
  if (holder[RUNNING] || !(pollMs > 0)) return
  holder[RUNNING] = true
  const follower = new InvalidationFollower(processOrigin(), Date.now())
  let prunedAt = 0

  const poll = async () => {
    const readAt = Date.now()
    const { docs } = await payload.db.find<LoggedInvalidation>({
      collection: SITE_INVALIDATIONS,
      where: { createdAt: { greater_than_equal: follower.since().toISOString() } },
      sort: 'createdAt',
      limit: READ_LIMIT,
      pagination: false,
    })
    const invalidation = follower.take(docs, readAt)
    if (!isNothing(invalidation)) await applyLoggedInvalidation(payload, invalidation)
    if (readAt - prunedAt > PRUNE_EVERY_MS) {
      prunedAt = readAt
      await payload.db.deleteMany({ collection: SITE_INVALIDATIONS, where: { createdAt: { less_than: new Date(readAt - KEEP_MS).toISOString() } } })
    }
  }
  const loop = () => {
    poll()
      .catch((error) => payload.logger.warn({ err: error }, 'invalidation log: read failed'))
      .finally(() => setTimeout(loop, pollMs).unref?.())
  }
  loop()
}
