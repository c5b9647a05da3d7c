import type { PayloadRequest, Where } from 'payload'
import { dayVN } from '../../lib/format/dates'
import { hasRole, isAdmin, relationId, staffOf, unitIdsOf } from '../../lib/roles'
import { aggregate, type MonthDoc } from '../../lib/statistics/aggregate'
import { countModels, modelSentence, type ModelGroup } from '../../lib/statistics/models'
import { parsePeriod, periodYears, type PeriodInput } from '../../lib/statistics/period'
import type { Dashboard } from '../../lib/statistics/tables'
import { currentUnitOf, statisticsScope, type ScopeUnit } from '../../lib/statistics/unitScope'

type Id = number | string
const collator = new Intl.Collator('vi')

/** Editors, approvers and admins read the figures; contributors and readers do not. */
export const mayReadStatistics = (req: { user?: unknown }): boolean => hasRole(staffOf(req), 'editor', 'approver', 'admin')

export type DashboardQuery = PeriodInput & { unit?: string }

/** The query string's values the dashboard reads (the rest is ignored). */
export function dashboardQuery(params: URLSearchParams | Record<string, unknown> | undefined): DashboardQuery {
  const get = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params?.[key]
    return typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined
  }
  return { period: get('period'), year: get('year'), quarter: get('quarter'), month: get('month'), from: get('from'), to: get('to'), unit: get('unit') }
}

const nameMap = async (req: PayloadRequest, collection: 'categories' | 'campaigns', ids: string[]): Promise<Record<string, string>> => {
  if (!ids.length) return {}
  const { docs } = await req.payload.find({ collection, where: { id: { in: ids } }, select: { name: true }, depth: 0, pagination: false, overrideAccess: true, req })
  return Object.fromEntries(docs.map((d) => [String(d.id), d.name]))
}

const officialNames = async (req: PayloadRequest, ids: string[]): Promise<Record<string, string>> => {
  if (!ids.length) return {}
  const { docs } = await req.payload.find({ collection: 'officials', where: { id: { in: ids } }, select: { fullName: true }, depth: 0, pagination: false, overrideAccess: true, req })
  return Object.fromEntries(docs.map((d) => [String(d.id), d.fullName]))
}

/**
 * Every figure of "Thống kê" for the signed-in user: the units they work in (with the units
 * that became them), or every unit for an admin, narrowed by the unit filter. Reads only the
 * running totals (collections/StatisticsMonths), the models and the names it shows, through
 * the Local API. Null when the user may not read statistics at all.
 */
export async function readDashboard(req: PayloadRequest, query: DashboardQuery, options: { names?: boolean } = {}): Promise<Dashboard | null> {
  if (!mayReadStatistics(req)) return null
  const user = staffOf(req)
  const period = parsePeriod(query, dayVN(new Date()))
  const { docs: unitDocs } = await req.payload.find({ collection: 'units', select: { name: true, successor: true }, depth: 0, pagination: false, overrideAccess: true, req })
  const units: ScopeUnit[] = unitDocs.map((u) => ({ id: String(u.id), name: u.name, successor: relationId(u.successor as Id | null) }))
  const refs = new Map(unitDocs.map((u) => [String(u.id), u.id as Id]))
  const allowed = isAdmin(user) ? null : unitIdsOf(user)
  const scope = statisticsScope(units, allowed, query.unit ?? '')
  const scopeRefs = scope.map((id) => refs.get(id)!).filter((id) => id !== undefined)
  // an admin without a filter reads every unit: no `in` over all of them
  const unitWhere: Where[] = isAdmin(user) && !query.unit ? [] : [{ unit: { in: scopeRefs } }]
  const monthWhere: Where[] = [...(period.from ? [{ month: { greater_than_equal: period.from } }] : []), ...(period.to ? [{ month: { less_than_equal: period.to } }] : [])]
  const years = periodYears(period)

  // a unit filter outside the user's boards leaves nothing to read
  const none = { docs: [] }
  const [months, modelTotals] = scopeRefs.length
    ? await Promise.all([
        req.payload.find({ collection: 'statistics-months', where: { and: [...unitWhere, ...monthWhere, { kind: { in: ['reports', 'views'] } }] }, select: { unit: true, month: true, kind: true, data: true }, depth: 0, pagination: false, overrideAccess: true, req }),
        req.payload.find({ collection: 'statistics-months', where: { and: [...unitWhere, { kind: { equals: 'models' } }] }, select: { unit: true, data: true }, depth: 0, pagination: false, overrideAccess: true, req }),
      ])
    : [none, none]
  const docs = months.docs.map((d) => ({ unit: relationId(d.unit as Id)!, month: d.month, kind: d.kind, data: d.data }) as MonthDoc)
  const figures = aggregate(docs, units, period)
  const modelFigures = countModels(
    modelTotals.docs.flatMap((d) => ((d.data as { groups?: ModelGroup[] }).groups ?? []).map((g) => ({ ...g, unit: relationId(d.unit as Id) }))),
    units,
    years,
  )

  // "Việc của tôi" shows counts only: no names to look up
  const named = options.names !== false
  const topIds = named ? figures.readers.top.map((t) => t.key) : []
  const [categories, campaigns, officials, topReports, topViews] = await Promise.all([
    named ? nameMap(req, 'categories', figures.reports.byCategory.map((c) => c.key).filter(Boolean)) : {},
    named ? nameMap(req, 'campaigns', figures.reports.byCampaign.map((c) => c.key)) : {},
    named ? officialNames(req, figures.reports.officials.map((c) => c.key)) : {},
    topIds.length ? req.payload.find({ collection: 'reports', where: { id: { in: topIds } }, select: { title: true, unit: true, importedViewCount: true }, depth: 0, pagination: false, overrideAccess: true, req }) : null,
    topIds.length ? req.payload.find({ collection: 'report-views', where: { report: { in: topIds } }, select: { report: true, count: true }, depth: 0, pagination: false, overrideAccess: true, req }) : null,
  ])
  // names of the units in scope and the units they became, none of any other board
  const current = Object.fromEntries(scope.map((id) => [id, currentUnitOf(id, units)]))
  const allNames = new Map(units.map((u) => [u.id, u.name]))
  const unitNames = Object.fromEntries([...new Set([...scope, ...Object.values(current)])].map((id) => [id, allNames.get(id) ?? id]))
  const allTime: Record<string, number> = {}
  for (const r of topReports?.docs ?? []) allTime[String(r.id)] = r.importedViewCount ?? 0
  for (const v of topViews?.docs ?? []) {
    const id = relationId(v.report as Id)!
    allTime[id] = (allTime[id] ?? 0) + (v.count ?? 0)
  }
  const endYear = years.to
  const lowerLabel = period.kind === 'year' ? `năm ${endYear}` : period.label.vi.charAt(0).toLowerCase() + period.label.vi.slice(1)
  return {
    period,
    units: scope.map((id) => ({ id, name: unitNames[id] ?? id })),
    unitChoices: statisticsScope(units, allowed, '')
      .map((id) => ({ id, name: allNames.get(id) ?? id }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    models: modelFigures,
    modelSentence: {
      vi: modelSentence(modelFigures, { ...period.label, endYear, lowerLabel }, 'vi'),
      en: modelSentence(modelFigures, { ...period.label, endYear, lowerLabel }, 'en'),
    },
    reports: figures.reports,
    workflow: figures.workflow,
    readers: { ...figures.readers, allTime },
    names: {
      units: unitNames,
      currentUnits: current,
      categories,
      campaigns,
      officials,
      reports: Object.fromEntries((topReports?.docs ?? []).map((r) => [String(r.id), { title: r.title, unit: unitNames[relationId(r.unit as Id) ?? ''] ?? '' }])),
    },
  }
}
