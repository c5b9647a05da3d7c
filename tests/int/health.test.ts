/**
 * GET /api/health (issue 14): 200 with each part's state when the database answers, the photo
 * storage takes a write, the job runner ticks and the search index is loaded or loading; 503
 * naming the part that fails; 503 'stopping' once the server has had SIGTERM.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import pkg from '../../package.json'
import { lifecycle } from '../../src/server/lifecycle'
import { rest, testPayload } from './helpers'

describe('health check', () => {
  it('answers 200 with every part and the version, cheaply, to anyone', async () => {
    await testPayload()
    const started = Date.now()
    const { status, body, headers } = await rest('GET', '/health')
    expect(Date.now() - started).toBeLessThan(5000)
    expect(status).toBe(200)
    expect(headers.get('cache-control')).toBe('no-store')
    expect(body).toMatchObject({ status: 'ok', failing: [], version: pkg.version, database: { ok: true }, storage: { ok: true, kind: 'local' }, jobs: { ok: true, autorun: true }, search: { ok: true } })
    expect(['loaded', 'loading']).toContain(body.search.state)
    // the probe file is gone
    expect(fs.readdirSync(path.join(process.env.MEDIA_DIR!, 'photos')).filter((f) => f.startsWith('.health'))).toEqual([])
  })

  it('hears the job runner beat', async () => {
    const deadline = Date.now() + 20_000
    while (lifecycle().lastJobBeat === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250))
    const { body } = await rest('GET', '/health')
    expect(body.jobs.secondsSinceBeat).not.toBeNull()
    expect(body.jobs.secondsSinceBeat).toBeLessThan(15)
  }, 30_000)

  it('answers 503 naming the photo storage when it cannot be written', async () => {
    const photos = path.join(process.env.MEDIA_DIR!, 'photos')
    const aside = `${photos}-aside`
    fs.renameSync(photos, aside)
    fs.writeFileSync(photos, 'not a folder') // every write into media/photos now fails
    try {
      const { status, body } = await rest('GET', '/health')
      expect(status).toBe(503)
      expect(body.status).toBe('fail')
      expect(body.failing).toEqual(['storage'])
      expect(body.storage.ok).toBe(false)
      expect(body.database.ok).toBe(true)
    } finally {
      fs.rmSync(photos)
      fs.renameSync(aside, photos)
    }
    expect((await rest('GET', '/health')).status).toBe(200)
  })

  it('answers 503 "stopping" once the server is shutting down', async () => {
    lifecycle().stopping = true
    try {
      const { status, body } = await rest('GET', '/health')
      expect(status).toBe(503)
      expect(body.failing).toEqual(['stopping'])
    } finally {
      lifecycle().stopping = false
    }
  })
})
