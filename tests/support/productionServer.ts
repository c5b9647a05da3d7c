/**
 * A production server of the app for the tests and the benchmark that need real caching
 * (`next dev` caches nothing): `next build` into its own directory (.next-site), a SQLite file
 * prepared by a development-mode Payload (tests/support/prepareSite.ts), then the production
 * server as `npm start` runs it (dist/serve.mjs: Next behind the page micro-cache).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { SERVER_PROCESS_ENV } from '../../src/lib/config/processEnv'

/** Next's build folder; E2E_DIST_DIR gives a run its own, so two runs never build into one. */
export const SITE_DIST_DIR = process.env.E2E_DIST_DIR || '.next-site'

export type SiteFixtures = {
  units: Record<'haiDuong' | 'caMau', { id: number | string; path: string; slug: string }>
  official: { id: number | string; path: string; duplicatePath: string }
  reports: Record<'main' | 'caMau' | 'toUnpublish' | 'pending' | 'draft' | 'caMauDraft', { id: number | string; path: string; title: string }>
  campaign: { slug: string }
  model: { slug: string }
  category: { slug: string }
}

export type SiteEnvironment = { root: string; env: NodeJS.ProcessEnv; adminEmail: string; adminPassword: string }

/** A fresh directory with the database, media and data folders and the environment that points at them. */
export function siteEnvironment(): SiteEnvironment {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-site-'))
  const adminEmail = 'quantri@example.vn'
  const adminPassword = `${randomBytes(12).toString('base64url')}-7q` // the suffix: base64url alone may lack a digit or a letter, which the password policy needs
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: SITE_DIST_DIR,
    DATABASE_URI: `file:${path.join(root, 'site.db')}`,
    DATA_DIR: path.join(root, 'data'),
    MEDIA_DIR: path.join(root, 'media'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: adminEmail,
    ADMIN_PASSWORD: adminPassword,
    SITE_URL: 'http://localhost:3000',
    JOBS_AUTORUN: 'false',
    LOG_LEVEL: 'warn',
  }
  for (const name of ['S3_BUCKET', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'SEED_REPORTS', 'VITEST', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']) delete env[name]
  return { root, env, adminEmail, adminPassword }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, what: string): string {
  const result = spawnSync(command, args, { cwd: process.cwd(), env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}):\n${result.stdout?.slice(-4000)}\n${result.stderr?.slice(-4000)}`)
  return result.stdout
}

/**
 * `npm run build` into .next-site (and dist/serve.mjs); the build reads no database (none is
 * needed, see src/site/siteRead.ts). SITE_REUSE_BUILD=1 takes the build already there as it is
 * (the benchmark right after the browser tests, or one test run again).
 */
export function buildSite(site: SiteEnvironment): void {
  if (process.env.SITE_REUSE_BUILD === '1' && fs.existsSync(path.join(SITE_DIST_DIR, 'BUILD_ID')) && fs.existsSync('dist/serve.mjs')) return
  // types are checked once, by npm test's static step (tsc --noEmit), not again by every build
  run('npm', ['run', 'build'], { ...site.env, NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation', NEXT_BUILD_SKIP_TYPECHECK: '1' }, 'npm run build')
}

/** Creates the schema, the seed data and the fixtures in the site's database. */
export function prepareDatabase(site: SiteEnvironment): SiteFixtures {
  return JSON.parse(prepare(site, 'all'))
}

/** Creates the schema and the first start's seed data only (units, categories, the administrator, the seed pages). */
export function prepareSeededDatabase(site: SiteEnvironment): void {
  prepare(site, 'none')
}

/** Runs tests/support/prepareSite.ts and returns the JSON line it prints. */
function prepare(site: SiteEnvironment, fixtures: 'all' | 'none'): string {
  const once = () => run('npx', ['tsx', 'tests/support/prepareSite.ts'], { ...site.env, NODE_ENV: 'development', NODE_OPTIONS: '--no-deprecation --conditions=production', PREPARE_FIXTURES: fixtures }, 'preparing the database')
  let out: string
  try {
    out = once()
  } catch (error) {
    // Once more on a clean slate, loudly: CI once saw this script end silently halfway
    // (exit 13, see src/lib/cli/keepAlive.ts); a second failure is a real one.
    console.warn(`${(error as Error).message}\nretrying once`)
    for (const entry of fs.readdirSync(site.root)) fs.rmSync(path.join(site.root, entry), { recursive: true, force: true })
    out = once()
  }
  const line = out.trim().split('\n').reverse().find((l) => l.startsWith('{'))
  if (!line) throw new Error(`no fixtures printed:\n${out.slice(-2000)}`)
  return line
}

/** `pid`: the server's process, for a benchmark's reading of its CPU time. */
export type RunningServer = { url: string; pid?: number; stop(): Promise<void>; log(): string }

/** A port nothing listens on now (the system picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/** The production server on a free port; resolves once it answers. */
export async function startSite(site: SiteEnvironment, requestedPort?: number): Promise<RunningServer> {
  const port = requestedPort ?? (await freePort())
  const child: ChildProcess = spawn(process.execPath, ['dist/serve.mjs', '--port', String(port)], {
    cwd: process.cwd(),
    // as `npm start` runs it (package.json); SITE_NODE_OPTIONS adds flags for experiments
    env: { ...site.env, NODE_ENV: 'production', NODE_OPTIONS: `--no-deprecation ${process.env.SITE_NODE_OPTIONS ?? ''}`.trim(), ...SERVER_PROCESS_ENV },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let log = ''
  for (const stream of [child.stdout, child.stderr])
    stream?.on('data', (chunk) => {
      log += chunk
      if (process.env.E2E_SERVER_LOG) process.stderr.write(chunk)
    })
  const url = `http://localhost:${port}`
  const stop = async () => {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 500))
    }
  }
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited ${child.exitCode}:\n${log}`)
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`the server did not answer:\n${log}`)
    }
    try {
      if ((await fetch(`${url}/robots.txt`, { signal: AbortSignal.timeout(10_000) })).status === 200) break
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  return { url, pid: child.pid, log: () => log, stop }
}

export function removeSite(site: SiteEnvironment): void {
  fs.rmSync(site.root, { recursive: true, force: true })
}
