import type { Payload, PayloadRequest } from 'payload'
import { isNothing, type Invalidation } from '../lib/site/invalidation'
import { SITE_INVALIDATIONS } from '../lib/site/invalidationLog'
import { applyInvalidation, type Applied } from './applyInvalidation'
import { processOrigin } from './processOrigin'

/**
 * A write made pages stale (src/lib/site/invalidation.ts says which): the row goes into the
 * invalidation log, in the write's own transaction when there is one (a rolled-back write
 * leaves none, and other processes see it only once committed), and this process's caches are
 * told at once. Every other process applies the row within its follower's next read
 * (./followInvalidations.ts). Through payload.db: no hooks, access rules or versions, the same
 * on SQLite and MongoDB. A failure is logged and never fails the write.
 */
export async function invalidateSite(target: { req: PayloadRequest } | { payload: Payload }, invalidation: Invalidation): Promise<Applied> {
  if (isNothing(invalidation)) return 'none'
  const req = 'req' in target ? target.req : undefined
  const payload = req ? req.payload : (target as { payload: Payload }).payload
  try {
    const now = new Date().toISOString()
    await payload.db.create({
      collection: SITE_INVALIDATIONS,
      data: { tags: invalidation.tags, paths: invalidation.paths, origin: processOrigin(), createdAt: now, updatedAt: now },
      req,
      returning: false,
    })
  } catch (error) {
    payload.logger.warn({ err: error }, 'could not record the invalidation for the other server processes')
  }
  return applyInvalidation(invalidation, payload.logger)
}
