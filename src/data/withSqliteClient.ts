import type { DatabaseAdapterObj } from 'payload'
import { sqliteClientFor, type SqliteClientOptions } from './sqliteClient'

/**
 * Gives Payload's SQLite adapter our client (sqliteClient.ts) before it connects: the adapter
 * makes its own only when it has none, and our client sets the busy timeout, WAL and
 * `synchronous` on both of its connections itself.
 */
export function withSqliteClient(adapter: DatabaseAdapterObj, options: SqliteClientOptions): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      ;(db as unknown as { client: unknown }).client = sqliteClientFor(options)
      return db
    },
  }
}
