import { createHash } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'
import { LOCKOUT_RULES, type LoginFailure } from '../../../src/lib/auth/lockout'

/**
 * The failed sign-ins store (collection login-failures), through the database adapter: no
 * hooks, and never inside the request's transaction, so a failure stays recorded when the
 * sign-in that made it is rolled back.
 */
const COLLECTION = 'login-failures'

/** The account an e-mail names, as the store keys it. */
export const accountKey = (email: string): string => createHash('sha256').update(email.trim().toLowerCase()).digest('hex')

/** The failures of the window that concern this account or this address. */
export async function recentFailures(payload: Payload, { account, address, now }: { account: string; address: string; now: number }): Promise<LoginFailure[]> {
  const { docs } = await payload.db.find<LoginFailure>({
    collection: COLLECTION,
    where: { and: [{ at: { greater_than: now - LOCKOUT_RULES.windowMs } }, { or: [{ account: { equals: account } }, { address: { equals: address } }] }] },
    limit: 0,
    pagination: false,
  })
  return docs.map(({ account, address, at }) => ({ account, address, at: Number(at) }))
}

/** Records a failure (and drops those past the window); returns its id. */
export async function recordFailure(payload: Payload, failure: LoginFailure): Promise<number | string> {
  await payload.db.deleteMany({ collection: COLLECTION, where: { at: { less_than: failure.at - LOCKOUT_RULES.windowMs } } })
  const doc = await payload.db.create({ collection: COLLECTION, data: failure })
  return doc.id as number | string
}

export async function forgetFailure(payload: Payload, id: number | string): Promise<void> {
  await payload.db.deleteMany({ collection: COLLECTION, where: { id: { equals: id } } })
}

/** A successful sign-in clears its own address's failures on the account, not anyone else's. */
export async function forgetPair(payload: Payload, account: string, address: string): Promise<void> {
  await payload.db.deleteMany({ collection: COLLECTION, where: { and: [{ account: { equals: account } }, { address: { equals: address } }] } })
}

/**
 * A write to the store from inside an operation whose transaction may be open (a sign-in past
 * its password check, an unlock): queued to run once that transaction ends, not awaited in it.
 * On SQLite the open transaction holds the one writer (src/data/sqliteClient.ts), so awaiting
 * a write outside it would wait forever; and the store must not roll back with the sign-in.
 */
export function outsideTransaction(req: PayloadRequest, write: () => Promise<void>): Promise<void> {
  if (!req.transactionID) return write()
  void write().catch((error: unknown) => req.payload.logger.error({ err: error, msg: 'login-failures: could not write' }))
  return Promise.resolve()
}

/** An admin's unlock: the account's failures from every address. */
export async function forgetAccount(payload: Payload, account: string): Promise<void> {
  await payload.db.deleteMany({ collection: COLLECTION, where: { account: { equals: account } } })
}
