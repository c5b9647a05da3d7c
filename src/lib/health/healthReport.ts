/**
 * GET /api/health's verdict (src/api/healthEndpoint.ts): each part checked, and 503 naming the
 * parts that fail. The job runner counts as failing when it should run and has not ticked for
 * JOB_BEAT_STALE_MS (it ticks every 5 s), after a grace period at start; the search index when
 * it is neither loaded nor loading.
 */
export const JOB_BEAT_STALE_MS = 60_000
const START_GRACE_MS = 60_000

export type PartResult = { ok: boolean; detail?: string; ms?: number }

export type HealthInput = {
  database: PartResult
  storage: PartResult & { kind: 'local' | 's3' }
  jobs: { autorun: boolean; lastBeat: number | null; running: number }
  search: 'loaded' | 'loading' | 'idle'
  stopping: boolean
  startedAt: number
  now: number
  version: string
}

export type HealthBody = {
  status: 'ok' | 'fail'
  failing: string[]
  version: string
  uptimeSeconds: number
  database: PartResult
  storage: PartResult & { kind: 'local' | 's3' }
  jobs: { ok: boolean; autorun: boolean; lastBeat: string | null; secondsSinceBeat: number | null; running: number }
  search: { ok: boolean; state: 'loaded' | 'loading' | 'idle' }
  stopping?: true
}

export function healthReport(input: HealthInput): { status: 200 | 503; body: HealthBody } {
  const { now } = input
  const sinceBeat = input.jobs.lastBeat === null ? null : now - input.jobs.lastBeat
  const jobsOk = !input.jobs.autorun || (sinceBeat === null ? now - input.startedAt < START_GRACE_MS : sinceBeat < JOB_BEAT_STALE_MS)
  const searchOk = input.search !== 'idle'
  const failing = [
    ...(input.database.ok ? [] : ['database']),
    ...(input.storage.ok ? [] : ['storage']),
    ...(jobsOk ? [] : ['jobs']),
    ...(searchOk ? [] : ['search']),
    // a server shutting down (SIGTERM) answers 503 so a balancer sends no one new
    ...(input.stopping ? ['stopping'] : []),
  ]
  return {
    status: failing.length ? 503 : 200,
    body: {
      status: failing.length ? 'fail' : 'ok',
      failing,
      version: input.version,
      uptimeSeconds: Math.round((now - input.startedAt) / 1000),
      database: input.database,
      storage: input.storage,
      jobs: {
        ok: jobsOk,
        autorun: input.jobs.autorun,
        lastBeat: input.jobs.lastBeat === null ? null : new Date(input.jobs.lastBeat).toISOString(),
        secondsSinceBeat: sinceBeat === null ? null : Math.round(sinceBeat / 1000),
        running: input.jobs.running,
      },
      search: { ok: searchOk, state: input.search },
      ...(input.stopping ? { stopping: true as const } : {}),
    },
  }
}

/** A check that takes longer than `ms` fails with that said, rather than holding the health answer. */
export async function timed(check: () => Promise<string | void>, ms: number): Promise<PartResult> {
  const started = Date.now()
  let timer: ReturnType<typeof setTimeout> | undefined
  try {
    const detail = await Promise.race([check(), new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms)))])
    return { ok: true, ms: Date.now() - started, ...(detail ? { detail } : {}) }
  } catch (error) {
    return { ok: false, ms: Date.now() - started, detail: error instanceof Error ? error.message : String(error) }
  } finally {
    clearTimeout(timer)
  }
}
