/**
 * The production server (dist/serve.mjs, as `npm start` runs it; issue 14): one JSON log line
 * per request, without secrets, rotated by size in LOG_FILE; on SIGTERM it refuses new
 * connections, finishes the request in flight (a backup download read slowly), writes the view
 * counts it holds and exits by itself within 30 s. A production start without a site address
 * refuses with a message.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkEntries, MANIFEST_NAME, parseManifest, sha256, type EntrySum } from '../../src/lib/backup/manifest'
import { TarReader } from '../../src/lib/backup/tar'
import { buildSite, prepareDatabase, removeSite, siteEnvironment, startSite, type RunningServer, type SiteEnvironment, type SiteFixtures } from '../support/productionServer'

describe('production server: request log and SIGTERM', () => {
  let site: SiteEnvironment
  let fixtures: SiteFixtures
  let server: RunningServer
  let logFile: string

  beforeAll(async () => {
    site = siteEnvironment()
    logFile = path.join(site.root, 'requests.log')
    Object.assign(site.env, { LOG_FILE: logFile, LOG_MAX_MB: '0.004', LOG_FILES: '2' })
    buildSite(site) // the browser tests' one build (tests/e2e/globalSetup.ts), not one of its own
    fixtures = prepareDatabase(site)
    server = await startSite(site)
  }, 900_000)

  afterAll(async () => {
    await server?.stop()
    if (site) removeSite(site)
  })

  it('writes one JSON line per request with the user id and no secret, rotating by size', async () => {
    // enough lines to rotate more than twice at 4 kB a file; the lines looked at below come last
    for (let i = 0; i < 150; i++) await (await fetch(`${server.url}/robots.txt`)).text()
    const login = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: site.adminEmail, password: site.adminPassword }) })
    expect(login.status).toBe(200)
    const { token, user } = (await login.json()) as { token: string; user: { id: number } }
    const me = await fetch(`${server.url}/api/users/me`, { headers: { Authorization: `JWT ${token}` } })
    expect(me.status).toBe(200)
    await me.text()
    const search = await fetch(`${server.url}/tim-kiem?q=d%C3%A2n%20v%E1%BA%ADn&token=bi-mat`)
    expect(search.status).toBe(200)
    await search.text() // the line is written once the answer is complete

    const files = [`${logFile}.2`, `${logFile}.1`, logFile]
    expect(files.map((f) => fs.existsSync(f))).toEqual([true, true, true])
    expect(fs.existsSync(`${logFile}.3`)).toBe(false) // LOG_FILES=2 kept
    for (const f of files) expect(fs.statSync(f).size).toBeLessThanOrEqual(0.004 * 1024 * 1024 + 400)
    const text = fs.readFileSync(logFile, 'utf8') + fs.readFileSync(`${logFile}.1`, 'utf8') + fs.readFileSync(`${logFile}.2`, 'utf8')
    expect(text).not.toContain(site.adminPassword)
    expect(text).not.toContain(token)
    expect(text).not.toContain('bi-mat')
    expect(text).not.toContain(site.adminEmail)
    const lines = text.trim().split('\n').map((l) => JSON.parse(l) as { method: string; path: string; status: number; ms: number; user: unknown; time: string })
    const meLine = lines.find((l) => l.path === '/api/users/me')
    expect(meLine).toMatchObject({ method: 'GET', status: 200, user: user.id })
    expect(typeof meLine!.ms).toBe('number')
    expect(lines.find((l) => l.path === '/api/users/login')).toMatchObject({ method: 'POST', status: 200, user: null })
    expect(lines.find((l) => l.path === '/tim-kiem')).toMatchObject({ status: 200 })
  }, 120_000)

  it('answers GET /api/health with 200', async () => {
    const response = await fetch(`${server.url}/api/health`)
    const body = (await response.json()) as { status: string; failing: string[] }
    expect([response.status, body.failing]).toEqual([200, []])
  })

  it('on SIGTERM refuses new connections, finishes the request in flight, writes pending view counts and exits within 30 s', async () => {
    const login = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: site.adminEmail, password: site.adminPassword }) })
    const { token } = (await login.json()) as { token: string }
    // a view the server holds in memory (written every few seconds)
    expect((await fetch(`${server.url}/luot-xem`, { method: 'POST', body: String(fixtures.reports.main.id), headers: { 'User-Agent': 'serverLifecycle-test' } })).status).toBe(204)
    // a download in flight: its headers are here, its body not yet read
    const download = await fetch(`${server.url}/api/backup`, { headers: { Authorization: `JWT ${token}` } })
    expect(download.status).toBe(200)

    const signalled = Date.now()
    process.kill(server.pid!, 'SIGTERM')
    await new Promise((r) => setTimeout(r, 500))
    await expect(fetch(`${server.url}/robots.txt`, { signal: AbortSignal.timeout(5000) })).rejects.toThrow()

    const reader = new TarReader()
    const sums: EntrySum[] = []
    let manifest = null
    const body = download.body!.getReader()
    for (let part = await body.read(); !part.done; part = await body.read()) {
      const chunk = part.value
      for (const entry of reader.push(Buffer.from(chunk))) {
        if (entry.name === MANIFEST_NAME) manifest = parseManifest(entry.body)
        else sums.push({ name: entry.name, size: entry.body.length, sha256: sha256(entry.body) })
      }
      await new Promise((r) => setTimeout(r, 5)) // a slow reader
    }
    expect(reader.finished).toBe(true)
    if (!manifest || typeof manifest === 'string') throw new Error(`the download lost its end: ${manifest}`)
    expect(checkEntries(manifest, sums)).toEqual([])

    const gone = () => {
      try {
        process.kill(server.pid!, 0)
        return false
      } catch {
        return true
      }
    }
    while (!gone() && Date.now() - signalled < 35_000) await new Promise((r) => setTimeout(r, 200))
    expect(gone()).toBe(true)
    expect(Date.now() - signalled).toBeLessThan(30_000)
    expect(server.log()).toMatch(/SIGTERM: stopped/)
    expect(server.log()).not.toMatch(/still busy/)

    // the view was written before the exit
    const out = path.join(site.root, 'dump.json')
    const dump = spawnSync('npx', ['tsx', 'tests/support/dumpSiteCli.ts', out], { encoding: 'utf8', env: { ...site.env, NODE_ENV: 'development', LOG_LEVEL: 'error' } })
    expect(dump.status, dump.stderr).toBe(0)
    const views = (JSON.parse(fs.readFileSync(out, 'utf8')).raw['report-views'] as { count?: number }[]).reduce((n, row) => n + (row.count ?? 0), 0)
    expect(views).toBe(1)
  }, 120_000)

  it('refuses a production start without a site address, saying so', () => {
    const env = { ...site.env, NODE_ENV: 'production', SITE_URL: '', SERVER_URL: '' }
    const run = spawnSync(process.execPath, ['dist/serve.mjs', '--port', '0'], { encoding: 'utf8', env: env as NodeJS.ProcessEnv, timeout: 120_000 })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/cannot start: SITE_URL is not set/)
  }, 150_000)
})
