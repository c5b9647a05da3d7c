import type { Payload, PayloadRequest } from 'payload'
import { entryKey, legalDocumentEntry, modelEntry, officialEntry, reportEntry, type SearchEntryData } from './entries'
import type { SearchKind } from './searchIndex'

/** The collection each kind of search result comes from. */
export const SOURCE_COLLECTIONS = {
  report: 'reports',
  official: 'officials',
  model: 'models',
  'legal-document': 'legal-documents',
} as const satisfies Record<SearchKind, string>

export type SourceCollection = (typeof SOURCE_COLLECTIONS)[SearchKind]

/** The fields of each collection that a search entry is made from: saves touching none of them leave the entry alone. */
export const SEARCHED_FIELDS: Record<SearchKind, readonly string[]> = {
  report: ['_status', 'title', 'slug', 'lead', 'body', 'gallery', 'unit', 'category', 'publishedAt'],
  official: ['fullName', 'positions', 'notes', 'mergedInto'],
  model: ['name', 'slug', 'unit', 'locality', 'yearRecognised', 'description', 'results'],
  'legal-document': ['type', 'number', 'summary', 'issuingBody', 'issuedDate'],
}

/** The Local API `select` that reads just those fields. */
export const searchedSelect = (kind: SearchKind): Record<string, true> => Object.fromEntries(SEARCHED_FIELDS[kind].map((field) => [field, true]))

type UnitInfo = { id: string | number; slug?: string | null; name?: string | null }
type Relation = string | number | { id: string | number } | null | undefined

export async function unitInfo(payload: Payload, unit: Relation, req?: PayloadRequest, cache?: Map<string, UnitInfo | null>): Promise<UnitInfo | null> {
  if (unit === null || unit === undefined) return null
  if (typeof unit === 'object' && 'slug' in unit) return unit as UnitInfo
  const id = typeof unit === 'object' ? unit.id : unit
  const cached = cache?.get(String(id))
  if (cached !== undefined) return cached
  // the request's unit list where one was read already (collections/Units/unitsOfRequest.ts)
  const listed = (req?.context?.unitRecords as UnitInfo[] | undefined)?.find((u) => String(u.id) === String(id))
  if (listed) return listed
  const doc = (await payload.findByID({ collection: 'units', id, depth: 0, overrideAccess: true, disableErrors: true, req })) as UnitInfo | null
  cache?.set(String(id), doc)
  return doc
}

/**
 * The entry a source document should have now, or null when it must not be searchable
 * (a report whose live version is not published, a merged official). `doc` is the live
 * document as stored (for reports: the main document, not a draft version).
 */
export async function entryFor(payload: Payload, kind: SearchKind, doc: Record<string, unknown> & { id: string | number }, req?: PayloadRequest, units?: Map<string, UnitInfo | null>): Promise<SearchEntryData | null> {
  switch (kind) {
    case 'report':
      return reportEntry(doc, doc._status === 'published' ? await unitInfo(payload, doc.unit as Relation, req, units) : null)
    case 'official':
      return officialEntry(doc)
    case 'model':
      return modelEntry(doc, await unitInfo(payload, doc.unit as Relation, req, units))
    case 'legal-document':
      return legalDocumentEntry(doc)
  }
}

/** Reads the live document (the published main document for reports) by id. */
export async function liveDocument(payload: Payload, kind: SearchKind, id: string | number, req?: PayloadRequest) {
  return (await payload.findByID({
    collection: SOURCE_COLLECTIONS[kind],
    id,
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    select: searchedSelect(kind),
    req,
  } as never)) as unknown as (Record<string, unknown> & { id: string | number }) | null
}

export { entryKey }
