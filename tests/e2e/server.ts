import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildSite, prepareSeededDatabase, removeSite, siteEnvironment, startSite } from '../support/productionServer'

export type TestServer = { url: string; adminEmail: string; adminPassword: string; stop(): Promise<void> }

/**
 * The app for the admin's browser tests, with a fresh SQLite file and media folder, seeded as a
 * first start seeds: by default the production server (`npm start` on the build that
 * tests/e2e/globalSetup.ts made once for every browser test file: what editors get, and pages
 * in a fraction of `next dev`'s time); E2E_ADMIN_SERVER=dev runs `next dev` instead (no build,
 * for working on one test).
 */
export async function startServer(): Promise<TestServer> {
  return process.env.E2E_ADMIN_SERVER === 'dev' ? startDevServer() : startProductionServer()
}

async function startProductionServer(): Promise<TestServer> {
  const site = siteEnvironment()
  // the admin's own defaults: the job runner on, sign-in and API limits off (the tests sign in
  // a dozen times from one address; the limits have their own tests)
  Object.assign(site.env, { JOBS_AUTORUN: 'true', RATE_LIMIT_LOGIN_PER_MIN: '0', RATE_LIMIT_API_PER_MIN: '0', RATE_LIMIT_API_CONCURRENCY: '0' })
  buildSite(site)
  prepareSeededDatabase(site)
  const server = await startSite(site)
  return {
    url: server.url,
    adminEmail: site.adminEmail,
    adminPassword: site.adminPassword,
    async stop() {
      await server.stop()
      removeSite(site)
    },
  }
}

/** `next dev` on a free port, with its own build directory so it never collides with a developer's running server. */
async function startDevServer(): Promise<TestServer> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-e2e-'))
  const port = 3100 + Math.floor(Math.random() * 800)
  const adminEmail = 'quantri@example.vn'
  const adminPassword = `${randomBytes(12).toString('base64url')}-7q` // the suffix: base64url alone may lack a digit or a letter, which the password policy needs
  const child: ChildProcess = spawn('npx', ['next', 'dev', '--port', String(port)], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      NODE_ENV: 'development',
      NODE_OPTIONS: '--no-deprecation --conditions=development', // as `npm run dev`: Lexical's builds without its top-level await (vitest.config.mts)
      NEXT_TELEMETRY_DISABLED: '1',
      // a separate build folder per run that asks for one, so two runs never share it
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR || '.next-e2e',
      DATABASE_URI: `file:${path.join(root, 'e2e.db')}`,
      DATA_DIR: path.join(root, 'data'),
      MEDIA_DIR: path.join(root, 'media'),
      ADMIN_EMAIL: adminEmail,
      ADMIN_PASSWORD: adminPassword,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let log = ''
  const echo = Boolean(process.env.E2E_SERVER_LOG)
  for (const stream of [child.stdout, child.stderr])
    stream?.on('data', (chunk) => {
      log += chunk
      if (echo) process.stderr.write(chunk)
    })
  // `localhost`, not 127.0.0.1: next dev refuses its dev resources to other origins
  const url = `http://localhost:${port}`
  const deadline = Date.now() + 240_000
  // The first request compiles the admin (about 30 s on two cores) and seeds the database.
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next dev exited ${child.exitCode}:\n${log}`)
    try {
      const res = await fetch(`${url}/admin/login`)
      if (res.status === 200) break
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  if (Date.now() >= deadline) {
    // a server that never got ready must not stay behind holding its build folder for the next file
    if (child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
    }
    throw new Error(`server did not start:\n${log}`)
  }
  return {
    url,
    adminEmail,
    adminPassword,
    async stop() {
      if (child.pid) {
        try {
          process.kill(-child.pid, 'SIGTERM')
        } catch {
          // already gone
        }
      }
      await new Promise((r) => setTimeout(r, 500))
      fs.rmSync(root, { recursive: true, force: true })
    },
  }
}
