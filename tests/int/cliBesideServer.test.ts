/**
 * The command-line tools run beside a running site on the same SQLite file (this process's
 * Payload, its job runner ticking, stands for the server), as an operator runs them: stdin
 * closed. Each finishes, or says on stderr what failed with its own status (src/lib/cli); none
 * stops silently. The database also holds a table this checkout's code does not know (as when
 * the server runs a newer version): Payload's schema push would ask to drop it, which used to end
 * a tool with exit 13 and nothing said.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXIT } from '../../src/lib/cli/exitCodes'
import { rest, testPayload } from './helpers'

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-cli-'))
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

function npm(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'error', ...env }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20, timeout: 300_000 })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, said: `${result.stdout}\n${result.stderr}` }
}

describe.skipIf(process.env.TEST_DATABASE === 'mongodb')('command-line tools beside a running server', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
    await rest('GET', '/health') // the job runner starts, as in a server
    const db = payload.db as unknown as { drizzle: { run(query: unknown): Promise<unknown> } }
    await db.drizzle.run(sql`CREATE TABLE IF NOT EXISTS legacy_notes (id integer PRIMARY KEY, note text)`)
    await db.drizzle.run(sql`INSERT INTO legacy_notes (note) VALUES ('kept by a newer version')`)
  })

  it('import --dry-run, search:rebuild and backup finish and say what they did', () => {
    const dry = npm('import', ['--dry-run', 'seed/documents'])
    expect(dry.status, dry.said).toBe(0)
    expect(dry.stdout).toMatch(/trang/)
    const rebuild = npm('search:rebuild', [])
    expect(rebuild.status, rebuild.said).toBe(0)
    expect(rebuild.stdout).toMatch(/search index rebuilt/)
    const backup = npm('backup', [path.join(work, 'site.tar')])
    expect(backup.status, backup.said).toBe(0)
    expect(backup.stdout).toMatch(/Đã sao lưu/)
  }, 600_000)

  it('restore into the running site is refused with a message, and leaves it alone', () => {
    const restore = npm('restore', [path.join(work, 'site.tar')])
    expect(restore.status, restore.said).toBe(EXIT.refused)
    expect(restore.stderr).toMatch(/đang có dữ liệu/)
    const usage = npm('restore', [])
    expect([usage.status, usage.stderr.trim().length > 0]).toEqual([EXIT.usage, true])
  }, 300_000)

  it('a schema push that would drop data ends at once with its own status and says so, instead of exit 13 in silence', () => {
    // forced on, as a tool started before this fix did whenever it found the schema different
    const pushed = npm('search:rebuild', [], { DATABASE_PUSH: 'true' })
    expect(pushed.status, pushed.said).toBe(EXIT.prompt)
    expect(pushed.stderr).toMatch(/Payload muốn hỏi xác nhận thay đổi cấu trúc cơ sở dữ liệu/)
  }, 300_000)

  it('the table it would have dropped is still there', async () => {
    const db = payload.db as unknown as { drizzle: { all(query: unknown): Promise<unknown[]> } }
    expect(await db.drizzle.all(sql`SELECT note FROM legacy_notes`)).toHaveLength(1)
  })
})
