import type { Payload, PayloadRequest } from 'payload'

/**
 * The restore's writes in transactions of a few hundred documents: one commit per batch rather
 * than one per statement (a report is its row, its relation and array rows and its version's,
 * and committed one statement at a time a restore took 100 times as long as copying the files).
 * Through payload.db's own transactions, so alike on SQLite (one writer connection,
 * src/data/sqliteClient.ts) and MongoDB (a replica set, which the app needs for its own
 * transactions anyway); an adapter with transactions off gets no transaction and writes as before.
 */
export class WriteBatches {
  private transaction: Promise<number | string | null> | null = null
  private writes = 0

  constructor(
    private readonly payload: Payload,
    private readonly size = 500,
  ) {}

  /** What to pass as payload.db's `req` for the next write: the open transaction, begun at need. */
  async req(): Promise<Partial<PayloadRequest>> {
    this.transaction ??= this.payload.db.beginTransaction()
    const id = await this.transaction
    return id === null ? {} : { transactionID: id }
  }

  /** Counts a document (or version) written; commits when the batch is full. */
  async wrote(): Promise<void> {
    if (++this.writes >= this.size) await this.commit()
  }

  async commit(): Promise<void> {
    const id = await this.take()
    if (id !== null) await this.payload.db.commitTransaction(id)
  }

  /** After a failure: the open batch is not kept (a restore cut short is run again with --replace). */
  async rollback(): Promise<void> {
    const id = await this.take().catch(() => null)
    if (id !== null) await this.payload.db.rollbackTransaction(id)
  }

  private async take(): Promise<number | string | null> {
    const open = this.transaction
    this.transaction = null
    this.writes = 0
    return open ? await open : null
  }
}
