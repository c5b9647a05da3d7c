import { createClient, type Client, type InArgs, type InStatement, type Replicated, type ResultSet, type Transaction, type TransactionMode } from '@libsql/client'
import { isReadStatement } from '../lib/db/statements'
import { WriteLock } from '../lib/db/writeLock'

export type SqliteClientOptions = {
  url: string
  /** How long a connection waits for another process's writer (SQLite's busy_timeout). */
  busyTimeoutMs: number
  synchronous: 'OFF' | 'NORMAL' | 'FULL' | 'EXTRA'
  /** How long a write waits for this process's running transaction before failing. */
  lockTimeoutMs?: number
}

const sqlOf = (stmt: InStatement): string => (typeof stmt === 'string' ? stmt : stmt.sql)

/**
 * The libsql client Payload's SQLite adapter is given (payload.config.ts), so that Payload's
 * transactions work on SQLite: every operation that writes several rows (a document, its
 * versions and relations; a workflow step and its log entry; an imported page) commits whole or
 * not at all.
 *
 * libsql's own `transaction()` hands the transaction its current connection and opens a new one
 * for the next caller, and nothing closes the old one: a long import ran out of file handles.
 * The new connection also lacks the busy timeout set on the first. And with a connection per
 * transaction, a write from anywhere else in the process waits for the writer lock inside
 * SQLite, synchronously: the event loop stops, and with it the transaction it waits for.
 *
 * Here there are two connections for the whole process, made once: one writer, one reader.
 * - A transaction begins (BEGIN IMMEDIATE on the writer) at its first write, not when Payload
 *   opens it: an upload's image work and a workflow step's checks, before any write, hold
 *   nothing. Until then its reads go to the reader; from then on, everything to the writer.
 * - One transaction at a time holds the writer (WriteLock, an async wait); a write outside a
 *   transaction takes its turn in the same line.
 * - Reads outside a transaction go to the reader and wait for nothing: in WAL mode they see the
 *   last commit, never a running transaction's rows.
 * Other processes on the same file (the importer beside the server) meet SQLite's own lock and
 * its busy timeout, as before.
 */
export class SqliteClient implements Client {
  closed = false
  readonly protocol = 'file'
  private readonly writer: Client
  private readonly reader: Client
  readonly lock: WriteLock
  private readonly ready: Promise<void>
  private transactions = 0

  constructor(private readonly options: SqliteClientOptions) {
    this.writer = createClient({ url: options.url })
    // an in-memory database is one per connection: there, everything goes to the writer
    this.reader = options.url.includes(':memory:') ? this.writer : createClient({ url: options.url })
    this.lock = new WriteLock(options.lockTimeoutMs ?? 30_000)
    this.ready = this.prepare()
    this.ready.catch(() => undefined)
  }

  private async prepare(): Promise<void> {
    await this.writer.execute(`PRAGMA busy_timeout = ${this.options.busyTimeoutMs}`)
    const mode = await this.writer.execute('PRAGMA journal_mode')
    if (mode.rows[0]?.journal_mode !== 'wal') await this.writer.execute('PRAGMA journal_mode = WAL')
    await this.writer.execute(`PRAGMA synchronous = ${this.options.synchronous}`)
    if (this.reader !== this.writer) await this.reader.execute(`PRAGMA busy_timeout = ${this.options.busyTimeoutMs}`)
  }

  /** A statement outside any transaction. */
  async execute(stmtOrSql: InStatement | string, args?: InArgs): Promise<ResultSet> {
    const stmt: InStatement = typeof stmtOrSql === 'string' && args ? { sql: stmtOrSql, args } : stmtOrSql
    this.checkOpen()
    await this.ready
    if (isReadStatement(sqlOf(stmt))) return this.reader.execute(stmt)
    const result = await this.lock.run(() => this.writer.execute(stmt), 'a write outside a transaction')
    // SQLite loads a connection's planner statistics when it reads the schema, and another
    // connection's ANALYZE does not make it read them again: the reader would plan with what
    // it saw at its start (the reports list through the wrong index after an import)
    if (this.reader !== this.writer && /^\s*analyze\b/i.test(sqlOf(stmt))) await this.reader.execute('ANALYZE sqlite_schema')
    return result
  }

  async batch(stmts: InStatement[], mode?: TransactionMode): Promise<ResultSet[]> {
    this.checkOpen()
    await this.ready
    return this.lock.run(() => this.writer.batch(stmts, mode), 'a batch')
  }

  async migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    this.checkOpen()
    await this.ready
    return this.lock.run(() => this.writer.migrate(stmts), 'a migration')
  }

  async executeMultiple(sql: string): Promise<void> {
    this.checkOpen()
    await this.ready
    return this.lock.run(() => this.writer.executeMultiple(sql), 'a script')
  }

  async transaction(_mode?: TransactionMode): Promise<Transaction> {
    this.checkOpen()
    await this.ready
    return new SharedTransaction(this.writer, this.reader, this.lock, `transaction ${++this.transactions}`)
  }

  async sync(): Promise<Replicated> {
    return undefined
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    this.writer.close()
    if (this.reader !== this.writer) this.reader.close()
  }

  private checkOpen(): void {
    if (this.closed) throw new Error('The SQLite client is closed')
  }
}

/** A transaction on the shared writer: begun at its first write, ended by commit or rollback, which free the writer. */
class SharedTransaction implements Transaction {
  private begun: Promise<void> | null = null
  private release: (() => void) | null = null
  private ended = false

  constructor(
    private readonly writer: Client,
    private readonly reader: Client,
    private readonly lock: WriteLock,
    private readonly label: string,
  ) {}

  get closed(): boolean {
    return this.ended
  }

  async execute(stmt: InStatement): Promise<ResultSet> {
    this.checkOpen()
    if (!this.begun && this.reader !== this.writer && isReadStatement(sqlOf(stmt))) return this.reader.execute(stmt)
    await this.begin()
    this.checkOpen()
    return this.writer.execute(stmt)
  }

  async batch(stmts: InStatement[]): Promise<ResultSet[]> {
    const results: ResultSet[] = []
    for (const stmt of stmts) results.push(await this.execute(stmt))
    return results
  }

  async executeMultiple(sql: string): Promise<void> {
    this.checkOpen()
    await this.begin()
    await this.writer.executeMultiple(sql)
  }

  async commit(): Promise<void> {
    await this.end('COMMIT')
  }

  async rollback(): Promise<void> {
    await this.end('ROLLBACK')
  }

  close(): void {
    if (!this.ended) void this.end('ROLLBACK').catch(() => undefined)
  }

  private begin(): Promise<void> {
    this.begun ??= (async () => {
      const release = await this.lock.acquire(this.label)
      try {
        await this.writer.execute('BEGIN IMMEDIATE')
      } catch (error) {
        release()
        throw error
      }
      this.release = release
    })()
    return this.begun
  }

  private async end(statement: 'COMMIT' | 'ROLLBACK'): Promise<void> {
    if (this.ended) return
    this.ended = true
    if (!this.begun) return
    // a first write may still be waiting for its turn: end after it, never beside it
    await this.begun.catch(() => undefined)
    const release = this.release
    if (!release) return
    this.release = null
    try {
      await this.writer.execute(statement)
    } catch (error) {
      // a failed COMMIT leaves the transaction open on the shared writer: undo it before the next one
      if (statement === 'COMMIT') await this.writer.execute('ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      release()
    }
  }

  private checkOpen(): void {
    if (this.ended) throw new Error(`The SQLite ${this.label} has ended`)
  }
}

/** The adapter's client for a file: URL; other URLs (a libsql server) keep libsql's own. */
export function sqliteClientFor(options: SqliteClientOptions): Client {
  return options.url.startsWith('file:') ? new SqliteClient(options) : createClient({ url: options.url })
}
