import type { Payload } from 'payload'
import type { HighlightPart } from './highlight'
import { highlight, snippet } from './highlight'
import { SEARCH_ENTRIES, searchIndexFor, type SearchEntryRow } from './indexSync'
import { SEARCH_KINDS, type SearchKind } from './searchIndex'
import { parseQuery } from './tokenize'

export type { HighlightPart } from './highlight'
export type { SearchKind } from './searchIndex'

export type SearchHit = {
  kind: SearchKind
  id: string | number
  title: HighlightPart[]
  excerpt: HighlightPart[]
  url: string
  unitName?: string
  publishedAt?: string
  score: number
}

export type SearchParams = {
  q: string
  kinds?: SearchKind[]
  unit?: string | number
  category?: string | number
  year?: number
  page?: number
  limit?: number
}

export type SearchResults = { total: number; page: number; totalPages: number; hits: SearchHit[] }

const MAX_LIMIT = 50
const EXCERPT_LENGTH = 220

const present = (value: string | number | undefined | null): value is string | number => value !== undefined && value !== null && String(value).trim() !== ''

/**
 * Site search over published reports, officials, models and legal documents: accents and
 * case ignored ("dan van kheo" finds "Dân vận khéo", "da nang" finds "Đà Nẵng"), exact
 * accents ranked first, matched words marked in the title and the excerpt. Drafts,
 * unpublished reports and merged officials are never in the index. Filters: kinds, unit,
 * category (reports), year (reports: year published; models: year recognised; legal
 * documents: year issued).
 */
export async function searchSite(payload: Payload, params: SearchParams): Promise<SearchResults> {
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(Number(params.limit) || 10)))
  const page = Math.max(1, Math.floor(Number(params.page) || 1))
  const query = parseQuery(String(params.q ?? ''))
  if (!query.length) return { total: 0, page, totalPages: 0, hits: [] }

  const index = await searchIndexFor(payload)
  const kinds = params.kinds?.filter((kind) => SEARCH_KINDS.includes(kind))
  const year = params.year !== undefined && Number.isInteger(Number(params.year)) ? Number(params.year) : undefined
  const result = index.search(
    query,
    {
      kinds: kinds?.length ? kinds : undefined,
      unit: present(params.unit) ? String(params.unit) : undefined,
      category: present(params.category) ? String(params.category) : undefined,
      year,
    },
    (page - 1) * limit,
    limit,
  )
  const totalPages = Math.ceil(result.total / limit)
  if (!result.hits.length) return { total: result.total, page, totalPages, hits: [] }

  const keys = result.hits.map((hit) => hit.key)
  const { docs } = (await payload.find({
    collection: SEARCH_ENTRIES,
    where: { key: { in: keys } },
    limit: keys.length,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { key: true, kind: true, docId: true, title: true, url: true, unitName: true, publishedAt: true, lead: true, text: true, removed: true },
  } as never)) as unknown as { docs: SearchEntryRow[] }
  const rows = new Map(docs.map((row) => [row.key, row]))
  const numericIds = payload.db.defaultIDType === 'number'

  const hits: SearchHit[] = []
  for (const { key, score } of result.hits) {
    const row = rows.get(key)
    if (!row || row.removed) continue // removed since the index was read
    const body = [row.lead, row.text].filter(Boolean).join('\n')
    hits.push({
      kind: row.kind,
      id: numericIds && /^\d+$/.test(row.docId) ? Number(row.docId) : row.docId,
      title: highlight(row.title ?? '', query),
      excerpt: snippet(body, query, EXCERPT_LENGTH),
      url: row.url ?? '',
      ...(row.unitName ? { unitName: row.unitName } : {}),
      ...(row.publishedAt ? { publishedAt: new Date(row.publishedAt).toISOString() } : {}),
      score,
    })
  }
  return { total: result.total, page, totalPages, hits }
}
