import { formatNumberVN } from '../format/numbers'
import { MODEL_FIELDS } from '../campaigns'
import { ranked, type Count } from './aggregate'
import { currentUnitOf, type ScopeUnit } from './unitScope'

/** A "Dân vận khéo" model as counting needs it; `count` models alike in all of these (1 when absent). */
export type CountedModel = { field: string; unit: string | null; level: string | null; status: string | null; yearRecognised: number | null; count?: number }

/** One unit's models as its running total stores them: each combination of field, level, status and year once, with how many. */
export type ModelGroup = { field: string; level: string | null; status: string | null; yearRecognised: number | null; count: number }

export function groupModels(models: Omit<CountedModel, 'unit' | 'count'>[]): ModelGroup[] {
  const groups = new Map<string, ModelGroup>()
  for (const m of models) {
    const key = JSON.stringify([m.field, m.level, m.status, m.yearRecognised])
    const group = groups.get(key)
    if (group) group.count++
    else groups.set(key, { field: m.field, level: m.level, status: m.status, yearRecognised: m.yearRecognised, count: 1 })
  }
  return [...groups.values()]
}

export type ModelFigures = {
  /** models on record up to the end of the period (any year, or none, when it is all years) */
  total: number
  recognised: number
  /** recognised in the period's years */
  newInPeriod: number
  byField: Count[]
  byUnit: Count[]
  byCurrentUnit: Count[]
  byLevel: Count[]
  byStatus: Count[]
  byYear: Count[]
  /** year → field → models: the bars by year, stacked by field */
  byYearField: Record<string, Record<string, number>>
}

/**
 * Boards write cumulative figures ("đã có 126 mô hình"): a period's count holds every model
 * recognised up to its last year, and those of the period's own years apart. Models without
 * a year count in the total (they exist) but in no year.
 */
export function countModels(models: CountedModel[], units: ScopeUnit[], years: { from: number | null; to: number | null }): ModelFigures {
  const upTo = models.filter((m) => years.to === null || m.yearRecognised === null || m.yearRecognised <= years.to)
  const weight = (m: CountedModel) => m.count ?? 1
  const sum = (list: CountedModel[]) => list.reduce((n, m) => n + weight(m), 0)
  const tally = (key: (m: CountedModel) => string | null) => {
    const map = new Map<string, number>()
    for (const m of upTo) {
      const k = key(m)
      if (k !== null) map.set(k, (map.get(k) ?? 0) + weight(m))
    }
    return map
  }
  const fields = tally((m) => m.field)
  const byYearField: Record<string, Record<string, number>> = {}
  for (const m of upTo) {
    if (m.yearRecognised === null) continue
    const year = (byYearField[String(m.yearRecognised)] ??= {})
    year[m.field] = (year[m.field] ?? 0) + weight(m)
  }
  return {
    total: sum(upTo),
    recognised: sum(upTo.filter((m) => m.status === 'recognised')),
    newInPeriod: sum(upTo.filter((m) => m.yearRecognised !== null && (years.from === null || m.yearRecognised >= years.from))),
    // fields in their fixed order, as reports list them
    byField: MODEL_FIELDS.map((f) => ({ key: f.value as string, count: fields.get(f.value) ?? 0 })),
    byUnit: ranked(tally((m) => m.unit)),
    byCurrentUnit: ranked(tally((m) => (m.unit ? currentUnitOf(m.unit, units) : null))),
    byLevel: ranked(tally((m) => m.level ?? '')),
    byStatus: ranked(tally((m) => m.status ?? '')),
    byYear: [...tally((m) => (m.yearRecognised === null ? null : String(m.yearRecognised)))].sort(([a], [b]) => a.localeCompare(b)).map(([key, count]) => ({ key, count })),
    byYearField,
  }
}

/**
 * The sentence a board writes in its review: "Đến hết năm 2024 có 126 mô hình "Dân vận khéo"
 * (được công nhận 80), trong đó lĩnh vực kinh tế 48, …; trong năm 2024 có thêm 20 mô hình."
 */
export function modelSentence(figures: ModelFigures, period: { vi: string; en: string; endYear: number | null; lowerLabel: string }, lang: 'vi' | 'en' = 'vi'): string {
  const fields = figures.byField.filter((f) => f.count > 0)
  const label = (key: string) => MODEL_FIELDS.find((f) => f.value === key)!
  if (lang === 'en') {
    const head = `${period.endYear ? `By the end of ${period.endYear}` : 'In all'} there are ${formatNumberVN(figures.total)} "Dân vận khéo" models (${formatNumberVN(figures.recognised)} recognised)`
    const parts = fields.map((f) => `${label(f.key).en.toLowerCase()} ${formatNumberVN(f.count)}`)
    return `${head}${parts.length ? `, of which ${parts.join(', ')}` : ''}${period.endYear ? `; ${formatNumberVN(figures.newInPeriod)} recognised in ${period.en}` : ''}.`
  }
  const head = `${period.endYear ? `Đến hết năm ${period.endYear}` : 'Tổng cộng'} có ${formatNumberVN(figures.total)} mô hình "Dân vận khéo" (được công nhận ${formatNumberVN(figures.recognised)})`
  const parts = fields.map((f) => `${label(f.key).vi.toLowerCase()} ${formatNumberVN(f.count)}`)
  return `${head}${parts.length ? `, trong đó lĩnh vực ${parts.join(', ')}` : ''}${period.endYear ? `; trong ${period.lowerLabel} có thêm ${formatNumberVN(figures.newInPeriod)} mô hình` : ''}.`
}
