import type { Payload, PayloadRequest } from 'payload'

type Task = () => Promise<void>
type TransactionID = number | string
type Adapter = Payload['db']

const TASKS = Symbol.for('dan-van-cms.afterTransaction')
type Tracked = Adapter & { [TASKS]?: Map<TransactionID, Task[]> }

/**
 * Runs `task` once the request's transaction has ended, committed or rolled back, on either
 * database; at once when there is none (the write it follows is then already stored). Payload
 * has no hook after its commit (afterChange, afterDelete and afterOperation all run inside the
 * transaction), so the adapter's commit and rollback are wrapped, once per adapter, to run what
 * was left for their transaction. A task reads the database to see which way it went: Payload's
 * SQLite adapter swallows a failed COMMIT, so "commit was called" does not mean "committed".
 * A task's failure is logged, never thrown: the transaction's outcome stands.
 */
export async function afterTransaction(req: PayloadRequest, task: Task): Promise<void> {
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  if (!id) return run(req.payload, task)
  const tasks = track(req.payload.db)
  tasks.set(id, [...(tasks.get(id) ?? []), task])
}

async function run(payload: Payload, task: Task): Promise<void> {
  try {
    await task()
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Việc sau giao dịch không chạy được' })
  }
}

function track(db: Tracked): Map<TransactionID, Task[]> {
  const existing = db[TASKS]
  if (existing) return existing
  const tasks = new Map<TransactionID, Task[]>()
  db[TASKS] = tasks
  const settle = async (incoming: Parameters<Adapter['commitTransaction']>[0]) => {
    const id = incoming instanceof Promise ? await incoming : incoming
    const due = tasks.get(id) ?? []
    tasks.delete(id)
    for (const task of due) await run(db.payload, task)
  }
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (id) => {
    try {
      await commit(id)
    } finally {
      await settle(id)
    }
  }
  db.rollbackTransaction = async (id) => {
    try {
      await rollback(id)
    } finally {
      await settle(id)
    }
  }
  return tasks
}
