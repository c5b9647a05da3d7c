/**
 * The committed SQLite migrations (migrations/) match the collections, as the generated types
 * do: production on SQLite makes and updates its schema with them alone (no push), so a change
 * to a collection without its migration would reach a production database as a missing column.
 * When this fails: `npm run migrate:create -- <what-changed>` and commit migrations/.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import { createClient, type Client } from '@libsql/client'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { migrations } from '../../migrations'
import { testPayload } from './helpers'

const dir = path.join(process.cwd(), 'migrations')

/** Every table, index and trigger as SQLite keeps it, whitespace aside. */
async function schemaOf(client: Client): Promise<Record<string, string>> {
  const { rows } = await client.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND sql IS NOT NULL ORDER BY name")
  return Object.fromEntries(rows.map((r) => [`${r.type} ${r.name}`, String(r.sql).replace(/\s+/g, ' ').trim()]))
}

describe.skipIf(process.env.TEST_DATABASE === 'mongodb')('SQLite migrations', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })

  it('have no change left to generate: the latest snapshot is the collections’ schema', async () => {
    const db = payload.db as unknown as SQLiteAdapter & { requireDrizzleKit(): { generateDrizzleJson(schema: unknown): Promise<unknown>; generateMigration(a: unknown, b: unknown): Promise<string[]> } }
    const latest = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().at(-1)
    expect(latest, 'no migration snapshot in migrations/').toBeTruthy()
    const before = JSON.parse(fs.readFileSync(path.join(dir, latest!), 'utf8'))
    const kit = db.requireDrizzleKit()
    const statements = await kit.generateMigration(before, await kit.generateDrizzleJson(db.schema))
    expect(statements, 'the collections changed without a migration: npm run migrate:create -- <name>').toEqual([])
    // and every migration file is listed in migrations/index.ts, which the start runs
    const files = fs.readdirSync(dir).filter((f) => /^\d{8}_\d{6}.*\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, ''))
    expect(migrations.map((m) => m.name).sort()).toEqual(files.sort())
  })

  it('make on an empty database the very schema a development push makes', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-migrate-')), 'migrated.db')
    const migrated = createClient({ url: `file:${file}` })
    const db = drizzle(migrated)
    for (const migration of migrations) await migration.up({ db, payload, req: undefined } as never)
    const pushed = (payload.db as unknown as SQLiteAdapter).client
    const want = await schemaOf(pushed)
    const got = await schemaOf(migrated)
    expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort())
    for (const name of Object.keys(want)) expect(got[name], name).toBe(want[name])
    migrated.close()
    fs.rmSync(path.dirname(file), { recursive: true, force: true })
  })

  it('are run by a production start on an empty file, once', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-prod-'))
    const url = `file:${path.join(dir, 'dan-van.db')}`
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', DATABASE_URI: url, DATA_DIR: path.join(dir, 'data'), MEDIA_DIR: path.join(dir, 'media'), LOG_LEVEL: 'error' }
    /** A production server process (tests/support/crashServer.ts) started and stopped again once it serves. */
    const start = () =>
      new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/crashServer.ts'], { env, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] })
        readline.createInterface({ input: child.stdout! }).on('line', (line) => {
          if (line === 'loaded') child.send('start')
          if (line.startsWith('ready ')) {
            child.kill()
            resolve()
          }
        })
        child.once('exit', (code) => reject(new Error(`the production start exited (${code}) before it served`)))
        setTimeout(() => reject(new Error('the production start did not serve in 120 s')), 120_000).unref()
      })
    await start()
    const db = createClient({ url })
    const ran = async () => (await db.execute('SELECT name, batch FROM payload_migrations ORDER BY name')).rows.map((r) => [r.name, r.batch])
    expect(await ran()).toEqual(migrations.map((m) => [m.name, 1]))
    // the seed data went into the migrated schema
    expect(Number((await db.execute('SELECT count(*) AS n FROM units')).rows[0].n)).toBeGreaterThan(0)
    await start()
    expect(await ran()).toEqual(migrations.map((m) => [m.name, 1]))
    db.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }, 300_000)
})
