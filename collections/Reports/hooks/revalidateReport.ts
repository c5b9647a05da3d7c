import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { relationId } from '../../../src/lib/roles'
import { reportInvalidation, type ReportLocation } from '../../../src/lib/site/invalidation'
import { invalidateSite } from '../../../src/invalidation/invalidateSite'

type LiveReport = { id: number | string; slug?: string | null; unit?: unknown; category?: unknown; _status?: string | null }

const liveKey = (id: unknown) => `liveReportBefore:${String(id)}`

async function slugOf(req: PayloadRequest, collection: 'units' | 'categories', value: unknown): Promise<string | null> {
  if (value && typeof value === 'object' && 'slug' in value) return ((value as { slug?: string | null }).slug ?? null) || null
  const id = relationId(value as never)
  if (!id) return null
  const doc = await req.payload.findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true, select: { slug: true }, req })
  return (doc as { slug?: string } | null)?.slug ?? null
}

async function locate(req: PayloadRequest, report: LiveReport | null | undefined): Promise<ReportLocation | null> {
  if (!report) return null
  return { status: report._status, slug: report.slug, unitSlug: await slugOf(req, 'units', report.unit), categorySlug: await slugOf(req, 'categories', report.category) }
}

/**
 * Before an update: remember the live (main) document, which hooks otherwise do not see (for
 * a report with drafts `originalDoc` is the latest version), so the page at its old address
 * can be cleared.
 */
export const captureLiveReport: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  // a bulk import revalidates the whole site once at its end instead (src/import/runImport.ts)
  if (req.context.bulkImport) return data
  if (operation !== 'update' || originalDoc?.id === undefined) return data
  const live = (await req.payload.db.findOne({ collection: 'reports', where: { id: { equals: originalDoc.id } }, req })) as LiveReport | null
  req.context[liveKey(originalDoc.id)] = live ?? null
  return data
}

/** After a write that changes what readers see, invalidate the cached pages that show it, on every server process. */
export const revalidateReportAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (req.context.bulkImport) return doc
  const before = req.context[liveKey(doc.id)] as LiveReport | null | undefined
  // A draft save leaves the live document as it was: nothing readers see has changed.
  if (doc._status !== 'published' && before?._status !== 'published') return doc
  try {
    await invalidateSite({ req }, reportInvalidation(await locate(req, before), await locate(req, doc as LiveReport)))
  } catch (error) {
    req.payload.logger.warn({ err: error }, 'could not work out which pages to revalidate')
  }
  return doc
}

export const revalidateReportAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (doc?._status !== 'published') return doc
  try {
    await invalidateSite({ req }, reportInvalidation(await locate(req, doc as LiveReport), null))
  } catch (error) {
    req.payload.logger.warn({ err: error }, 'could not work out which pages to revalidate')
  }
  return doc
}
