/**
 * One writer at a time, in turn (first come, first served), held across awaits: SQLite has one
 * writer, and a transaction keeps it from its first write to its commit. Waiting is async, so
 * the process goes on serving while a transaction runs (libsql's own busy wait would block the
 * whole event loop, and with it the transaction being waited for).
 *
 * A wait gives up after `timeoutMs` with WriteLockTimeout: a write made outside a transaction
 * while that transaction waits for it can never go through on SQLite, and fails then instead of
 * hanging.
 */
export class WriteLockTimeout extends Error {
  constructor(waitedMs: number, heldBy: string | null) {
    super(`SQLITE_BUSY: waited ${waitedMs} ms for the database's writer (held by ${heldBy ?? 'a write'}); a write outside a running transaction that the transaction waits for cannot go through on SQLite`)
    this.name = 'WriteLockTimeout'
  }
}

type Waiter = { resolve: (release: () => void) => void; reject: (error: Error) => void; label: string; timer?: ReturnType<typeof setTimeout> }

export class WriteLock {
  private holder: string | null = null
  private held = false
  private readonly queue: Waiter[] = []

  constructor(private readonly timeoutMs: number) {}

  get isHeld(): boolean {
    return this.held
  }

  get waiting(): number {
    return this.queue.length
  }

  /** Resolves with the release function once this caller holds the lock. */
  acquire(label = 'a write'): Promise<() => void> {
    if (!this.held) return Promise.resolve(this.grant(label))
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, label }
      if (this.timeoutMs > 0) {
        waiter.timer = setTimeout(() => {
          const at = this.queue.indexOf(waiter)
          if (at >= 0) this.queue.splice(at, 1)
          reject(new WriteLockTimeout(this.timeoutMs, this.holder))
        }, this.timeoutMs)
      }
      this.queue.push(waiter)
    })
  }

  /** Runs `work` holding the lock. */
  async run<T>(work: () => Promise<T>, label?: string): Promise<T> {
    const release = await this.acquire(label)
    try {
      return await work()
    } finally {
      release()
    }
  }

  private grant(label: string): () => void {
    this.held = true
    this.holder = label
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.queue.shift()
      if (!next) {
        this.held = false
        this.holder = null
        return
      }
      if (next.timer) clearTimeout(next.timer)
      next.resolve(this.grant(next.label))
    }
  }
}
