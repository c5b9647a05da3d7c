import { describe, expect, it } from 'vitest'
import { healthReport, timed, type HealthInput } from './healthReport'

const now = Date.parse('2026-12-06T04:00:00Z')
const healthy: HealthInput = {
  database: { ok: true, ms: 2 },
  storage: { ok: true, kind: 'local', ms: 1 },
  jobs: { autorun: true, lastBeat: now - 4000, running: 0 },
  search: 'loaded',
  stopping: false,
  startedAt: now - 3_600_000,
  now,
  version: '0.1.0',
}

describe('health report', () => {
  it('is 200 when every part answers', () => {
    const { status, body } = healthReport(healthy)
    expect(status).toBe(200)
    expect(body).toMatchObject({ status: 'ok', failing: [], version: '0.1.0', jobs: { ok: true, secondsSinceBeat: 4 }, search: { ok: true, state: 'loaded' } })
  })

  it('is 503 naming each failing part', () => {
    const { status, body } = healthReport({ ...healthy, database: { ok: false, detail: 'SQLITE_CANTOPEN' }, jobs: { autorun: true, lastBeat: now - 120_000, running: 1 }, search: 'idle' })
    expect(status).toBe(503)
    expect(body.failing).toEqual(['database', 'jobs', 'search'])
    expect(body.database.detail).toBe('SQLITE_CANTOPEN')
  })

  it('gives the job runner a minute to start, and does not ask it to beat when it is off', () => {
    expect(healthReport({ ...healthy, jobs: { autorun: true, lastBeat: null, running: 0 }, startedAt: now - 10_000 }).status).toBe(200)
    expect(healthReport({ ...healthy, jobs: { autorun: true, lastBeat: null, running: 0 }, startedAt: now - 120_000 }).body.failing).toEqual(['jobs'])
    expect(healthReport({ ...healthy, jobs: { autorun: false, lastBeat: null, running: 0 }, startedAt: now - 120_000 }).status).toBe(200)
    expect(healthReport({ ...healthy, search: 'loading' }).status).toBe(200)
  })

  it('says a stopping server is stopping', () => {
    expect(healthReport({ ...healthy, stopping: true }).body).toMatchObject({ status: 'fail', failing: ['stopping'], stopping: true })
  })

  it('fails a check that does not answer in time', async () => {
    expect(await timed(() => new Promise(() => {}), 20)).toMatchObject({ ok: false, detail: 'no answer in 20 ms' })
    expect(await timed(async () => 'fine', 20)).toMatchObject({ ok: true, detail: 'fine' })
    expect(await timed(async () => { throw new Error('EACCES') }, 20)).toMatchObject({ ok: false, detail: 'EACCES' })
  })
})
