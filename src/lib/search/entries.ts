import { createHash } from 'node:crypto'
import { LEGAL_DOCUMENT_TYPES } from '../legal/documentTypes'
import { legalDocumentPath, modelPath, officialPath, reportPath } from '../site/urls'
import type { IndexDoc, SearchKind } from './searchIndex'

/**
 * One searchable published document as the `search-entries` collection stores it: what the
 * index is built from (title, lead, text, facets) and what a result shows (url, unit name,
 * date). Built by the pure functions below from a document of each searchable collection.
 */
export type SearchEntryData = {
  key: string
  kind: SearchKind
  docId: string
  title: string
  url: string
  unit: string | null
  unitName: string | null
  category: string | null
  year: number | null
  publishedAt: string | null
  lead: string
  text: string
}

export const entryKey = (kind: SearchKind, id: string | number): string => `${kind}:${id}`

type Relation = string | number | { id: string | number } | null | undefined
const idOf = (value: Relation): string | null => (value === null || value === undefined ? null : typeof value === 'object' ? String(value.id) : String(value))

/** The calendar year of an instant in Vietnam (UTC+7, no daylight saving). */
export function vietnamYear(value: string | Date | null | undefined): number | null {
  if (!value) return null
  const time = new Date(value).getTime()
  return Number.isNaN(time) ? null : new Date(time + 7 * 3_600_000).getUTCFullYear()
}

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list', 'root', 'table', 'tablerow', 'tablecell', 'upload', 'horizontalrule'])

/** The plain text of a Lexical rich-text value: text nodes, blocks on lines of their own. */
export function lexicalToText(value: unknown): string {
  const lines: string[] = []
  let line = ''
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const n = node as { type?: string; text?: unknown; children?: unknown[]; root?: unknown }
    if (n.root) return walk(n.root)
    if (typeof n.text === 'string') line += n.text
    if (n.type === 'linebreak' || n.type === 'tab') line += n.type === 'tab' ? '\t' : '\n'
    if (Array.isArray(n.children)) for (const child of n.children) walk(child)
    if (n.type && BLOCKS.has(n.type) && line.trim()) {
      lines.push(line.trim())
      line = ''
    }
  }
  walk(value)
  if (line.trim()) lines.push(line.trim())
  return lines.join('\n')
}

const joinText = (...parts: (string | null | undefined)[]) => parts.filter((p) => p && p.trim()).join('\n')

type UnitInfo = { id: string | number; slug?: string | null; name?: string | null }

export type ReportLike = {
  id: string | number
  _status?: string | null
  title?: string | null
  slug?: string | null
  lead?: string | null
  body?: unknown
  unit?: Relation
  category?: Relation
  publishedAt?: string | null
  gallery?: { caption?: string | null }[] | null
}

/** A published report's entry; null for anything not published (drafts are never searchable). */
export function reportEntry(report: ReportLike, unit: UnitInfo | null): SearchEntryData | null {
  if (report._status !== 'published' || !report.title) return null
  return {
    key: entryKey('report', report.id),
    kind: 'report',
    docId: String(report.id),
    title: report.title,
    url: unit?.slug && report.slug ? reportPath(unit, report) : '',
    unit: idOf(report.unit),
    unitName: unit?.name ?? null,
    category: idOf(report.category),
    year: vietnamYear(report.publishedAt),
    publishedAt: report.publishedAt ?? null,
    lead: report.lead ?? '',
    text: joinText(lexicalToText(report.body), ...(report.gallery ?? []).map((g) => g.caption)),
  }
}

export type OfficialLike = {
  id: string | number
  fullName?: string | null
  mergedInto?: Relation
  positions?: { title?: string | null }[] | null
  notes?: string | null
}

/** An official's entry; null for a merged duplicate (it only redirects). */
export function officialEntry(official: OfficialLike): SearchEntryData | null {
  if (idOf(official.mergedInto) || !official.fullName) return null
  // titles as printed; an organisation is a relation here, its name is in the title where it matters
  const posts = (official.positions ?? []).map((p) => p.title).filter((t): t is string => Boolean(t))
  return {
    key: entryKey('official', official.id),
    kind: 'official',
    docId: String(official.id),
    title: official.fullName,
    url: officialPath(official),
    unit: null,
    unitName: null,
    category: null,
    year: null,
    publishedAt: null,
    lead: posts.join('; '),
    text: official.notes ?? '',
  }
}

export type ModelLike = {
  id: string | number
  name?: string | null
  slug?: string | null
  unit?: Relation
  locality?: string | null
  yearRecognised?: number | null
  description?: string | null
  results?: string | null
}

export function modelEntry(model: ModelLike, unit: UnitInfo | null): SearchEntryData | null {
  if (!model.name) return null
  return {
    key: entryKey('model', model.id),
    kind: 'model',
    docId: String(model.id),
    title: model.name,
    url: model.slug ? modelPath(model) : '',
    unit: idOf(model.unit),
    unitName: unit?.name ?? null,
    category: null,
    year: model.yearRecognised ?? null,
    publishedAt: null,
    lead: joinText(model.locality, model.description),
    text: model.results ?? '',
  }
}

export type LegalDocumentLike = {
  id: string | number
  type?: string | null
  number?: string | null
  summary?: string | null
  issuingBody?: string | null
  issuedDate?: string | null
}

/** "Nghị định số 04/2015/NĐ-CP", as reports cite it. */
export function legalDocumentTitle(doc: LegalDocumentLike): string {
  const type = LEGAL_DOCUMENT_TYPES.find((t) => t.value === doc.type)?.vi
  return type ? `${type} số ${doc.number}` : String(doc.number ?? '')
}

export function legalDocumentEntry(doc: LegalDocumentLike): SearchEntryData | null {
  if (!doc.number) return null
  return {
    key: entryKey('legal-document', doc.id),
    kind: 'legal-document',
    docId: String(doc.id),
    title: legalDocumentTitle(doc),
    url: legalDocumentPath({ number: doc.number }),
    unit: null,
    unitName: null,
    category: null,
    year: vietnamYear(doc.issuedDate),
    publishedAt: doc.issuedDate ?? null,
    lead: doc.summary ?? '',
    text: doc.issuingBody ?? '',
  }
}

/** What the in-memory index takes from an entry. */
export function entryToIndexDoc(entry: Pick<SearchEntryData, 'key' | 'kind' | 'title' | 'lead' | 'text' | 'unit' | 'category' | 'year' | 'publishedAt'>): IndexDoc {
  const publishedAt = entry.publishedAt ? Date.parse(entry.publishedAt) : NaN
  return {
    key: entry.key,
    kind: entry.kind,
    title: entry.title ?? '',
    lead: entry.lead,
    body: entry.text,
    unit: entry.unit,
    category: entry.category,
    year: entry.year,
    publishedAt: Number.isNaN(publishedAt) ? null : publishedAt,
  }
}

/** A fingerprint of an entry's content, so unchanged documents are not rewritten. */
export function entryHash(entry: SearchEntryData): string {
  const { key, kind, docId, title, url, unit, unitName, category, year, publishedAt, lead, text } = entry
  const normalisedDate = publishedAt ? new Date(publishedAt).toISOString() : null
  return createHash('sha1')
    .update(JSON.stringify([key, kind, docId, title, url, unit, unitName, category, year, normalisedDate, lead, text]))
    .digest('base64url')
}
