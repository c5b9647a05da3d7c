import { foldVietnamese } from '../text/foldVietnamese'
import { legalNumberKey } from '../legal/legalNumberKey'

/** Counts of "Dân vận khéo" models by field, unit and year, for the directory's filters. */
export type ModelFacetInput = { field?: string | null; unit?: unknown; yearRecognised?: number | null }
export type ModelFilters = { field?: string; unit?: string; year?: number }

const unitKey = (unit: unknown) => (unit && typeof unit === 'object' ? String((unit as { id: unknown }).id) : unit == null ? '' : String(unit))

export function matchesModel(model: ModelFacetInput, filters: ModelFilters, skip?: keyof ModelFilters): boolean {
  if (skip !== 'field' && filters.field && model.field !== filters.field) return false
  if (skip !== 'unit' && filters.unit && unitKey(model.unit) !== filters.unit) return false
  if (skip !== 'year' && filters.year && model.yearRecognised !== filters.year) return false
  return true
}

/**
 * Each facet counts the models matching the other filters, so choosing a field still shows
 * how many models every other field has under the same unit and year.
 */
export function modelFacets(models: ModelFacetInput[], filters: ModelFilters) {
  const count = (key: keyof ModelFilters, value: (m: ModelFacetInput) => string | number | null | undefined) => {
    const counts = new Map<string, number>()
    for (const m of models) {
      if (!matchesModel(m, filters, key)) continue
      const v = value(m)
      if (v === null || v === undefined || v === '') continue
      counts.set(String(v), (counts.get(String(v)) ?? 0) + 1)
    }
    return counts
  }
  return {
    total: models.filter((m) => matchesModel(m, filters)).length,
    byField: count('field', (m) => m.field),
    byUnit: count('unit', (m) => unitKey(m.unit)),
    byYear: count('year', (m) => m.yearRecognised),
  }
}

export type LegalDocLike = { number: string; numberKey?: string | null; summary?: string | null; issuingBody?: string | null; typeLabel?: string | null }

/**
 * Legal documents by number or by words. A query that reads as a number ("04/2015/NĐ-CP",
 * "25-nq/tw", "số 43-KL/TW") matches the document's number key, whole or in part; otherwise
 * every word must appear, without diacritics or case, in the type, number, summary or issuer.
 */
export function matchesLegalQuery(doc: LegalDocLike, query: string): boolean {
  const q = query.normalize('NFC').trim()
  if (!q) return true
  const key = doc.numberKey || legalNumberKey(doc.number)
  if (/\d/.test(q) && /[-/]/.test(q)) {
    const wanted = legalNumberKey(q)
    if (wanted && key.includes(wanted)) return true
  }
  const haystack = foldVietnamese([doc.typeLabel, doc.number, key, doc.summary, doc.issuingBody].filter(Boolean).join(' '))
  return foldVietnamese(q)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word))
}
