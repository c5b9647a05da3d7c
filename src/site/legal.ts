/** Legal documents: the searchable list and each document's page. */
import type { LegalDocument } from '../payload-types'
import { LEGAL_DOCUMENT_TYPES } from '../lib/legal/documentTypes'
import { shownFileName } from '../lib/images/fileNames'
import { COLLECTION_TAGS as T, LIST_TAGS } from '../lib/site/cacheTags'
import { matchesLegalQuery } from '../lib/site/directories'
import { legalTitle, legalTypeLabel } from '../lib/site/labels'
import { pageOf, type Page } from '../lib/site/paging'
import { campaignPath, legalDocumentPath, legalDocumentSlug } from '../lib/site/urls'
import { findReportCards, type Ref, type ReportCard } from './cards'
import { siteRead } from './siteRead'
import { sitePayload } from './sitePayload'

export type LegalRow = Pick<LegalDocument, 'type' | 'number'> & {
  id: string
  numberKey: string | null
  issuingBody: string | null
  issuedDate: string | null
  summary: string | null
  slug: string
  url: string
  title: string
}

/** Every document, newest first (they are few: the list is searched and paged in memory). */
export const getLegalRows = siteRead('site-legal-rows', { tags: [T['legal-documents']], duringBuild: [] as LegalRow[] }, async (): Promise<LegalRow[]> => {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'legal-documents',
    pagination: false,
    depth: 0,
    sort: '-issuedDate',
    overrideAccess: false,
    joins: false,
    select: { type: true, number: true, numberKey: true, issuingBody: true, issuedDate: true, summary: true },
  })
  return docs.map((d) => ({
    id: String(d.id),
    type: d.type,
    number: d.number,
    numberKey: d.numberKey ?? null,
    issuingBody: d.issuingBody ?? null,
    issuedDate: d.issuedDate ?? null,
    summary: d.summary ?? null,
    slug: legalDocumentSlug(d.number),
    url: legalDocumentPath(d),
    title: legalTitle(d),
  }))
})

export const LEGAL_PAGE_SIZE = 30

export type LegalList = Page<LegalRow> & { types: { value: string; label: string }[] }

export async function getLegalList(query: string, type: string | undefined, page: number): Promise<LegalList> {
  const rows = await getLegalRows()
  const matching = rows.filter((r) => (!type || r.type === type) && matchesLegalQuery({ ...r, typeLabel: legalTypeLabel(r.type) }, query))
  return { ...pageOf(matching, page, LEGAL_PAGE_SIZE), types: LEGAL_DOCUMENT_TYPES.filter((t) => rows.some((r) => r.type === t.value)).map((t) => ({ value: t.value, label: t.vi })) }
}

export type LegalDocumentPage = {
  document: LegalRow & { effectiveDate: string | null; file: { url: string; filename: string; mimeType: string; filesize: number } | null }
  reports: Page<ReportCard>
  campaigns: Ref[]
}

export const getLegalDocument = siteRead('site-legal', { tags: [T['legal-documents'], T.campaigns, ...LIST_TAGS], duringBuild: null }, async (slug: string): Promise<LegalDocumentPage | null> => {
  const row = (await getLegalRows()).find((r) => r.slug === slug)
  if (!row) return null
  const payload = await sitePayload()
  const doc = await payload.findByID({ collection: 'legal-documents', id: row.id, depth: 0, overrideAccess: false, disableErrors: true, joins: false })
  if (!doc) return null
  const [reports, campaigns] = await Promise.all([
    findReportCards([{ legalDocuments: { in: [doc.id] } }], { limit: 30 }),
    payload.find({ collection: 'campaigns', where: { legalDocuments: { in: [doc.id] } }, limit: 50, depth: 0, overrideAccess: false, joins: false, select: { name: true, slug: true } }),
  ])
  return {
    document: {
      ...row,
      effectiveDate: doc.effectiveDate ?? null,
      // shown and downloaded by the name it was uploaded under, not the stored one
      file: doc.url ? { url: doc.url, filename: shownFileName(doc.filename ?? ''), mimeType: doc.mimeType ?? '', filesize: doc.filesize ?? 0 } : null,
    },
    reports,
    campaigns: campaigns.docs.map((c) => ({ id: String(c.id), name: c.name, url: campaignPath(c) })),
  }
})
