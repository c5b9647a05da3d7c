import { Forbidden, type Access, type CollectionBeforeChangeHook, type CollectionSlug, type PayloadRequest, type SanitizedConfig, type Where } from 'payload'
import { isAdmin, staffOf } from '../lib/roles'

/**
 * Payload's document locks (`payload-locked-documents`) come with "any signed-in user" rules:
 * anyone could lock another unit's report in the admin's name, list every lock and delete
 * them. The admin makes locks on the server (handleFormStateLocking writes through the
 * database adapter), and through the API only reads them, releases its own and takes one over
 * ("Tiếp quản"). So: nobody creates one through the API; staff see and take over locks on the
 * documents they may edit, always in their own name; a lock is released by its holder or an
 * admin. Payload adds the collection while it sanitises the config, so these rules are put on
 * the sanitised config (see payload.config.ts).
 */
export const LOCKS = 'payload-locked-documents'

type Lock = {
  id: number | string
  document?: { relationTo: string; value: number | string | { id: number | string } } | null
  user?: { relationTo: string; value: number | string | { id: number | string } } | null
}

const idOf = (value: number | string | { id: number | string } | undefined | null) => (value && typeof value === 'object' ? value.id : value)

/** Whether the request's user may update a document, by the collection's own update rule. */
export async function canUpdateDocument(req: PayloadRequest, slug: string, id: number | string): Promise<boolean> {
  const collection = req.payload.collections[slug as CollectionSlug]
  const rule = collection?.config.access.update
  if (!collection || !rule) return false
  // ids are numbers on SQLite and strings on MongoDB; the generated type knows only the first
  const verdict = await rule({ req, id: id as Parameters<typeof rule>[0]['id'] })
  if (typeof verdict === 'boolean') return verdict
  const where: Where = { and: [{ id: { equals: id } }, verdict] }
  return (await req.payload.count({ collection: slug as CollectionSlug, where, overrideAccess: true, req })).totalDocs > 0
}

/** Locks are few (one per document open in an editor), so the visible ones are worked out one by one. */
async function locksWhere(req: PayloadRequest, keep: (lock: Lock) => Promise<boolean>): Promise<Where | boolean> {
  const user = staffOf(req)
  if (!user) return false
  if (isAdmin(user)) return true
  const { docs } = await req.payload.find({ collection: LOCKS, depth: 0, pagination: false, overrideAccess: true, req })
  const ids: (number | string)[] = []
  for (const lock of docs as Lock[]) if (await keep(lock)) ids.push(lock.id)
  return { id: { in: ids } }
}

const heldBy = (req: PayloadRequest) => async (lock: Lock) => String(idOf(lock.user?.value)) === String(req.user?.id)
const onEditable = (req: PayloadRequest) => async (lock: Lock) =>
  (await heldBy(req)(lock)) || (lock.document ? canUpdateDocument(req, lock.document.relationTo, idOf(lock.document.value)!) : false)

const readLocks: Access = ({ req }) => locksWhere(req, onEditable(req))
const releaseLocks: Access = ({ req }) => locksWhere(req, heldBy(req))

/** A take-over names the one taking over, on the same document, never someone else. */
const takeOverInOwnName: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !req.user) return data
  const lock = originalDoc as Lock
  if (!isAdmin(staffOf(req)) && lock.document && !(await canUpdateDocument(req, lock.document.relationTo, idOf(lock.document.value)!))) throw new Forbidden(req.t)
  return { ...data, document: lock.document, user: { relationTo: req.user.collection, value: req.user.id } }
}

export function secureLockedDocuments(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === LOCKS)
  if (!locks) return config
  locks.access = { ...locks.access, create: () => false, read: readLocks, update: readLocks, delete: releaseLocks }
  locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), takeOverInOwnName]
  return config
}
