import type { Endpoint, Payload } from 'payload'
import { photoStore, s3 } from '../../collections/Media/storage'
import { APP_VERSION } from '../backup/collections'
import { healthReport, timed, type PartResult } from '../lib/health/healthReport'
import { searchIndexStatus, warmSearchIndex } from '../lib/search/indexSync'
import { lifecycle } from '../server/lifecycle'

const CHECK_MS = 3000
/** An S3 write costs a request: checked at most once a minute; the local folder at every call. */
const S3_CHECK_EVERY_MS = 60_000
let lastS3: { at: number; result: PartResult } | null = null

async function storageWritable(): Promise<PartResult> {
  if (s3 && lastS3 && Date.now() - lastS3.at < S3_CHECK_EVERY_MS) return lastS3.result
  const name = `.health-${process.pid}`
  const result = await timed(async () => {
    await photoStore.put(name, Buffer.from(new Date().toISOString()), 'text/plain')
    await photoStore.remove([name])
  }, CHECK_MS)
  if (s3) lastS3 = { at: Date.now(), result }
  return result
}

async function databaseReachable(payload: Payload): Promise<PartResult> {
  return timed(async () => {
    await payload.db.count({ collection: 'units', where: {} })
  }, CHECK_MS)
}

/**
 * GET /api/health, for the Dockerfile's HEALTHCHECK, docker compose and load balancers: 200
 * when the database answers, the photo storage takes a write, the job runner ticks and the
 * search index is loaded or loading, with the version; 503 with the failing parts named
 * (src/lib/health/healthReport.ts). Anyone may ask; it tells nothing about the content. Cheap:
 * one COUNT on the smallest table and one small file written and removed.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const state = lifecycle()
    const search = searchIndexStatus(req.payload)
    // a process that has not loaded its index yet (none of its pages searched) starts now
    if (search === 'idle') warmSearchIndex(req.payload).catch((error) => req.payload.logger.warn({ err: error }, 'search index: load failed'))
    const [database, storage] = await Promise.all([databaseReachable(req.payload), storageWritable()])
    const { status, body } = healthReport({
      database,
      storage: { ...storage, kind: s3 ? 's3' : 'local' },
      jobs: { autorun: process.env.JOBS_AUTORUN !== 'false', lastBeat: state.lastJobBeat, running: state.runningJobs.size },
      search: search === 'idle' ? searchIndexStatus(req.payload) : search,
      stopping: state.stopping,
      startedAt: state.startedAt,
      now: Date.now(),
      version: APP_VERSION,
    })
    return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
  },
}
