import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionAfterErrorHook, CollectionAfterLoginHook, CollectionAfterOperationHook, CollectionConfig, PayloadRequest } from 'payload'
import { requestAddress } from '../lib/api/clientAddress'
import type { User } from '../payload-types'
import { describeChange, type AuditAction } from '../lib/audit/describeChange'

const AUDIT = 'audit-log'

type Entry = { action: AuditAction; collectionSlug?: string; documentId?: string | number | null; target?: string | null; summary?: string }
type Doc = Record<string, unknown> & { id?: number | string }

const titleOf = (doc: Doc | null | undefined, useAsTitle?: string): string | null => {
  const value = doc?.[useAsTitle ?? ''] ?? doc?.name ?? doc?.title ?? doc?.email ?? doc?.id
  return value === undefined || value === null ? null : String(value)
}

/**
 * Writes one audit entry for the request's user and address. With `inRequest`, inside the
 * request's transaction, so the entry stands or falls with the change it tells of; a failed
 * sign-in is written on its own, since its request is rolled back.
 */
export async function recordAudit(req: PayloadRequest, entry: Entry, { inRequest = true, actor }: { inRequest?: boolean; actor?: { id: number | string; email?: string | null; name?: string | null } } = {}): Promise<void> {
  const user = actor ?? (req.user?.collection === 'users' ? req.user : null)
  await req.payload.create({
    collection: AUDIT,
    data: {
      ...entry,
      target: entry.target ? entry.target.slice(0, 300) : null,
      summary: entry.summary ? entry.summary.slice(0, 4000) : undefined,
      documentId: entry.documentId === undefined || entry.documentId === null ? null : String(entry.documentId),
      actor: user ? (user.id as User['id']) : null,
      actorName: user ? String(user.name || user.email) : req.payloadAPI === 'local' ? 'Hệ thống' : 'Khách',
      address: req.payloadAPI === 'local' ? 'máy chủ' : requestAddress(req.headers),
    },
    overrideAccess: true,
    ...(inRequest ? { req } : {}),
  })
}

/** Writes by people are audited; the seed and the importer's own writes (no user) are not. */
const byPerson = (req: PayloadRequest) => req.user?.collection === 'users'

/** Users, units, organisations: who changed what, field by field. */
export const auditChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  if (!byPerson(req)) return doc
  const summary = describeChange(operation === 'create' ? null : (previousDoc as Doc), doc as Doc)
  if (operation === 'update' && !summary) return doc
  await recordAudit(req, { action: operation, collectionSlug: collection.slug, documentId: doc.id, target: titleOf(doc, collection.admin?.useAsTitle), summary })
  return doc
}

/** Every deletion, in any collection. */
export const auditDelete: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
  if (!byPerson(req)) return
  await recordAudit(req, { action: 'delete', collectionSlug: collection.slug, documentId: id, target: titleOf(doc as Doc, collection.admin?.useAsTitle) })
}

export const auditLogin: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  await recordAudit(req, { action: 'login', collectionSlug: collection.slug, documentId: user.id, target: String(user.email) }, { actor: user })
}

/** A refused sign-in names the account tried; a lockout says so. */
export const auditLoginError: CollectionAfterErrorHook = async ({ collection, error, req }) => {
  const name = (error as { name?: string }).name
  if (name !== 'AuthenticationError' && name !== 'LockedAuth') return
  const email = typeof (req.data as { email?: unknown } | undefined)?.email === 'string' ? String((req.data as { email: string }).email) : null
  await recordAudit(req, { action: name === 'LockedAuth' ? 'locked' : 'loginFailed', collectionSlug: collection.slug, target: email }, { inRequest: false })
}

export const auditUnlock: CollectionAfterOperationHook = async ({ args, collection, operation, req, result }) => {
  if (operation === 'unlock') {
    const email = (args as { data?: { email?: string } }).data?.email ?? null
    await recordAudit(req, { action: 'unlock', collectionSlug: collection.slug, target: email })
  }
  return result
}

/** An import started from "Nhập trang cũ" or the API: how many pages, into which state. */
export const auditImportStart: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !byPerson(req)) return doc
  const run = doc as { id: number | string; label?: string; total?: number; targetStatus?: string; dryRun?: boolean }
  await recordAudit(req, { action: 'import', collectionSlug: 'import-runs', documentId: run.id, target: run.label ?? null, summary: `${run.total ?? 0} trang → ${run.targetStatus ?? 'draft'}${run.dryRun ? ' (chạy thử)' : ''}` })
  return doc
}

/** Deletions are audited everywhere but in the logs themselves and the view tallies. */
export function withDeletionAudit(collections: CollectionConfig[]): CollectionConfig[] {
  const exempt = new Set([AUDIT, 'report-views', 'search-entries'])
  return collections.map((collection) =>
    exempt.has(collection.slug) ? collection : { ...collection, hooks: { ...collection.hooks, afterDelete: [...(collection.hooks?.afterDelete ?? []), auditDelete] } },
  )
}
