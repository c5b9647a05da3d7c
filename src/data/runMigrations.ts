import type { MigrateDownArgs, MigrateUpArgs, SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Migration, Payload } from 'payload'
import { migrations } from '../../migrations'
import { decideMigrations, type MigrationRecord } from '../lib/config/migrations'

/**
 * A production start on SQLite (`npm start`, the Docker image, a script under NODE_ENV=production)
 * brings the schema up to date with the committed migrations before anything else: Payload pushes
 * the schema only in development. Not Payload's `prodMigrations`: on a database a development
 * server pushed it asks on the terminal whether to go on, which a server cannot answer.
 */
export async function runPendingMigrations(payload: Payload, env: Record<string, string | undefined> = process.env): Promise<void> {
  if (payload.db.name !== 'sqlite' || env.NODE_ENV !== 'production') return
  const { client } = payload.db as unknown as SQLiteAdapter
  const table = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'")
  const applied = table.rows.length
    ? (await client.execute('SELECT name, batch FROM payload_migrations')).rows.map((r) => ({ name: String(r.name), batch: r.batch === null ? null : Number(r.batch) }) satisfies MigrationRecord)
    : []
  const decision = decideMigrations(applied, migrations.map((m) => m.name))
  if (decision.kind === 'pushed') {
    payload.logger.warn('Cơ sở dữ liệu này do máy chủ phát triển tạo (đẩy lược đồ), nên không chạy migration. Cơ sở dữ liệu dùng thật cần được tạo bằng migration: bắt đầu từ một tệp trống.')
    return
  }
  if (decision.kind === 'ahead') {
    throw new Error(`Cơ sở dữ liệu đã chạy migration mà bản này không có (${decision.unknown.join(', ')}): hãy chạy phiên bản mới hơn.`)
  }
  if (!decision.pending.length) return
  payload.logger.info(`Chạy ${decision.pending.length} migration: ${decision.pending.join(', ')}`)
  // Payload's own type takes any arguments; each migration takes the SQLite adapter's
  const runnable: Migration[] = migrations.map((m) => ({ name: m.name, up: (args) => m.up(args as MigrateUpArgs), down: (args) => m.down(args as MigrateDownArgs) }))
  await payload.db.migrate({ migrations: runnable })
}
