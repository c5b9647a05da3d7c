import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest, Where } from 'payload'
import type { Model } from '../../payload-types'
import { dayVN, startOfDayVN } from '../../lib/format/dates'
import { relationId } from '../../lib/roles'
import { groupModels } from '../../lib/statistics/models'
import { nextMonth } from '../../lib/statistics/period'
import { addViews, emptyViewsMonth, summariseMonth, type ViewsMonth } from '../../lib/statistics/summarise'

const MONTHS = 'statistics-months'
type Id = number | string
type Slice = { unit: Id; month: string }
type StoredMonth = { id: Id; data?: unknown }

/** The Vietnam month of a moment, "2025-07". */
export const monthOf = (date: string | Date): string => dayVN(date).slice(0, 7)

// reports documents are everyone's: they are worked out from the reports, never added to
const REPORTS_WRITER = 'all'

const sliceWhere = (slice: Slice, kind: 'reports' | 'views' | 'models', writer = REPORTS_WRITER): Where => ({
  and: [{ unit: { equals: slice.unit } }, { month: { equals: slice.month } }, { kind: { equals: kind } }, { writer: { equals: writer } }],
})

/**
 * Works one unit's month out again from its published reports and their workflow history, and
 * stores it (or removes it when nothing is left). Reads through the Local API, writes through
 * payload.db (no hooks, no versions), as the view counter does: alike on SQLite and MongoDB.
 */
export async function rebuildMonth(payload: Payload, slice: Slice, req?: PayloadRequest): Promise<void> {
  const start = startOfDayVN(`${slice.month}-01`)
  const end = startOfDayVN(`${nextMonth(slice.month)}-01`)
  const { docs: reports } = await payload.find({
    collection: 'reports',
    where: { and: [{ unit: { equals: slice.unit } }, { _status: { equals: 'published' } }, { publishedAt: { greater_than_equal: start } }, { publishedAt: { less_than: end } }] },
    select: { category: true, campaigns: true, officials: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ids = reports.map((r) => r.id)
  const { docs: transitions } = ids.length
    ? await payload.find({ collection: 'report-transitions', where: { report: { in: ids } }, select: { report: true, action: true, createdAt: true }, depth: 0, pagination: false, overrideAccess: true, req })
    : { docs: [] }
  const ref = (v: unknown) => relationId(v as Id | null)
  const data = summariseMonth(
    reports.map((r) => ({ id: String(r.id), category: ref(r.category), campaigns: (r.campaigns ?? []).map(ref).filter((x): x is string => !!x), officials: (r.officials ?? []).map(ref).filter((x): x is string => !!x) })),
    transitions.map((t) => ({ report: ref(t.report) ?? '', action: t.action, createdAt: t.createdAt })),
  )
  const existing = (await payload.db.findOne({ collection: MONTHS, where: sliceWhere(slice, 'reports'), req })) as StoredMonth | null
  const now = new Date().toISOString()
  if (!data.published) {
    if (existing) await payload.db.deleteOne({ collection: MONTHS, where: { id: { equals: existing.id } }, req, returning: false })
  } else if (existing) await payload.db.updateOne({ collection: MONTHS, id: existing.id, data: { data, updatedAt: now }, req, returning: false })
  else await payload.db.create({ collection: MONTHS, data: { unit: slice.unit, month: slice.month, kind: 'reports', writer: REPORTS_WRITER, data, createdAt: now, updatedAt: now }, req, returning: false })
}

type ReportLike = { unit?: unknown; publishedAt?: string | null; _status?: string | null }

/** The months a report counts in before and after a change (a live one only). */
function slicesOf(...reports: Array<ReportLike | null | undefined>): Slice[] {
  const slices = new Map<string, Slice>()
  for (const r of reports) {
    const unit = r?.unit && typeof r.unit === 'object' ? (r.unit as { id: Id }).id : (r?.unit as Id | undefined)
    if (!r || r._status !== 'published' || !r.publishedAt || unit === undefined || unit === null) continue
    const slice = { unit, month: monthOf(r.publishedAt) }
    slices.set(`${unit} ${slice.month}`, slice)
  }
  return [...slices.values()]
}

async function rebuildQuietly(payload: Payload, slices: Slice[], req: PayloadRequest): Promise<void> {
  for (const slice of slices) {
    try {
      await rebuildMonth(payload, slice, req)
    } catch (error) {
      // statistics never stop an editor's save; `npm run statistics:rebuild` repairs them
      payload.logger.warn({ err: error, ...slice }, 'could not update the statistics')
    }
  }
}

/** The month a report counts in as the database holds it now (its live row), if it is live. */
async function liveSlices(payload: Payload, id: Id, req: PayloadRequest): Promise<Slice[]> {
  const live = (await payload.db.findOne({ collection: 'reports', where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] }, select: { unit: true, publishedAt: true }, req })) as ReportLike | null
  return live ? slicesOf({ ...live, _status: 'published' }) : []
}

/**
 * Reports: a live report's month (and its month before the change) is worked out again. The
 * month of now is read from the database, not from `doc`: a save with `select` (the importer's)
 * hands the hook only the selected fields, and a draft saved over a live report leaves it live.
 */
export const statisticsAfterReportChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  try {
    const slices = [...slicesOf(previousDoc), ...(await liveSlices(req.payload, doc.id, req))]
    await rebuildQuietly(req.payload, [...new Map(slices.map((s) => [`${s.unit} ${s.month}`, s])).values()], req)
  } catch (error) {
    req.payload.logger.warn({ err: error, id: doc.id }, 'could not update the statistics')
  }
  return doc
}

export const statisticsAfterReportDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await rebuildQuietly(req.payload, slicesOf(doc), req)
  return doc
}

/**
 * The workflow's entry is written after the report itself (collections/Reports/workflow): the
 * turnaround of a publication, or a return of a live report's pending edit, counts only now.
 */
export const statisticsAfterTransition: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const id = relationId(doc.report)
  if (!id) return doc
  const live = await req.payload.find({ collection: 'reports', where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] }, select: { unit: true, publishedAt: true }, depth: 0, limit: 1, pagination: false, overrideAccess: true, req })
  await rebuildQuietly(req.payload, slicesOf(...live.docs.map((r) => ({ ...r, _status: 'published' }))), req)
  return doc
}

/** A unit's models are one document of all months (`MODELS_MONTH`): they carry a year, not a date. */
export const MODELS_MONTH = 'all'

/** Works a unit's model counts out again from its models, grouped by field, level, status and year. */
export async function rebuildUnitModels(payload: Payload, unit: Id, req?: PayloadRequest): Promise<void> {
  const { docs } = await payload.find({ collection: 'models', where: { unit: { equals: unit } }, select: { field: true, level: true, status: true, yearRecognised: true }, depth: 0, pagination: false, overrideAccess: true, req })
  const groups = groupModels(docs.map((m) => ({ field: m.field, level: m.level ?? null, status: m.status ?? null, yearRecognised: m.yearRecognised ?? null })))
  const slice = { unit, month: MODELS_MONTH }
  const existing = (await payload.db.findOne({ collection: MONTHS, where: sliceWhere(slice, 'models'), req })) as StoredMonth | null
  const now = new Date().toISOString()
  if (!groups.length) {
    if (existing) await payload.db.deleteOne({ collection: MONTHS, where: { id: { equals: existing.id } }, req, returning: false })
  } else if (existing) await payload.db.updateOne({ collection: MONTHS, id: existing.id, data: { data: { groups }, updatedAt: now }, req, returning: false })
  else await payload.db.create({ collection: MONTHS, data: { unit, month: MODELS_MONTH, kind: 'models', writer: REPORTS_WRITER, data: { groups }, createdAt: now, updatedAt: now }, req, returning: false })
}

/** Every unit's model counts, from its models (a rebuild, or a database from before they were kept). */
export async function rebuildAllUnitModels(payload: Payload): Promise<void> {
  await payload.db.deleteMany({ collection: MONTHS, where: { kind: { equals: 'models' } } })
  const { docs: units } = await payload.find({ collection: 'units', select: {}, depth: 0, pagination: false, overrideAccess: true })
  for (const unit of units) await rebuildUnitModels(payload, unit.id)
}

/** At start: a database whose models were never counted (kept since this version) gets its counts once. */
export async function ensureModelTotals(payload: Payload): Promise<void> {
  const counted = await payload.db.count({ collection: MONTHS, where: { kind: { equals: 'models' } } })
  if (counted.totalDocs) return
  if ((await payload.db.count({ collection: 'models', where: {} })).totalDocs) await rebuildAllUnitModels(payload)
}

const unitOfModel = (model: Pick<Model, 'unit'> | null | undefined): Id | null => {
  const unit = model?.unit
  return unit === null || unit === undefined ? null : typeof unit === 'object' ? unit.id : unit
}

/** Models: the unit a model belongs to (and the one it left) is counted again. */
export const statisticsAfterModelChange: CollectionAfterChangeHook<Model> = async ({ doc, previousDoc, req }) => {
  const units = new Map([unitOfModel(previousDoc), unitOfModel(doc)].filter((u): u is Id => u !== null).map((u) => [String(u), u]))
  for (const unit of units.values()) {
    try {
      await rebuildUnitModels(req.payload, unit, req)
    } catch (error) {
      req.payload.logger.warn({ err: error, unit }, 'could not update the model statistics')
    }
  }
  return doc
}

export const statisticsAfterModelDelete: CollectionAfterDeleteHook<Model> = async ({ doc, req }) => {
  const unit = unitOfModel(doc)
  if (unit !== null) await rebuildUnitModels(req.payload, unit, req).catch((error) => req.payload.logger.warn({ err: error, unit }, 'could not update the model statistics'))
  return doc
}

/**
 * Adds views a server process has just written to its own month documents (one per unit and
 * month): each process writes only its own, so two processes never lose each other's counts.
 */
export async function addViewsToTotals(payload: Payload, writer: string, views: Array<{ report: string; unit: Id; day: string; views: number }>): Promise<void> {
  const groups = new Map<string, { slice: Slice; views: typeof views }>()
  for (const v of views) {
    const key = `${v.unit} ${v.day.slice(0, 7)}`
    const group = groups.get(key) ?? { slice: { unit: v.unit, month: v.day.slice(0, 7) }, views: [] }
    group.views.push(v)
    groups.set(key, group)
  }
  const now = new Date().toISOString()
  for (const { slice, views: some } of groups.values()) {
    const existing = (await payload.db.findOne({ collection: MONTHS, where: sliceWhere(slice, 'views', writer) })) as StoredMonth | null
    const data = addViews((existing?.data as ViewsMonth | undefined) ?? emptyViewsMonth(), some)
    if (existing) await payload.db.updateOne({ collection: MONTHS, id: existing.id, data: { data, updatedAt: now }, returning: false })
    else await payload.db.create({ collection: MONTHS, data: { unit: slice.unit, month: slice.month, kind: 'views', writer, data, createdAt: now, updatedAt: now }, returning: false })
  }
}

/**
 * Every document worked out afresh from the reports, their history and report-views (after an
 * import written straight to the database, a restore, or to repair): `npm run statistics:rebuild`.
 * Views documents are rebuilt per writing process, so running servers keep adding to theirs;
 * run it while no server counts views for exact figures.
 */
export async function rebuildStatistics(payload: Payload, log: (line: string) => void = () => {}): Promise<{ months: number; viewMonths: number }> {
  const PAGE = 5000
  const slices = new Map<string, Slice>()
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.find({ collection: 'reports', where: { _status: { equals: 'published' } }, select: { unit: true, publishedAt: true }, depth: 0, limit: PAGE, page, sort: 'id', overrideAccess: true })
    for (const s of slicesOf(...docs.map((r) => ({ ...r, _status: 'published' })))) slices.set(`${s.unit} ${s.month}`, s)
    if (!hasNextPage) break
  }
  await payload.db.deleteMany({ collection: MONTHS, where: { kind: { equals: 'reports' } } })
  let done = 0
  for (const slice of slices.values()) {
    await rebuildMonth(payload, slice)
    if (++done % 500 === 0) log(`${done} / ${slices.size} unit-months`)
  }
  // views: each report's unit, then every row added to its writer's month
  const unitOf = new Map<string, Id>()
  const byWriter = new Map<string, Array<{ report: string; unit: Id; day: string; views: number }>>()
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.find({ collection: 'report-views', select: { report: true, day: true, writer: true, count: true }, depth: 0, limit: PAGE, page, sort: 'id', overrideAccess: true })
    const missing = [...new Set(docs.map((d) => relationId(d.report as Id)!).filter((id) => !unitOf.has(id)))]
    if (missing.length) {
      const { docs: reports } = await payload.find({ collection: 'reports', where: { id: { in: missing } }, select: { unit: true }, depth: 0, pagination: false, overrideAccess: true })
      for (const r of reports) {
        const unit = r.unit && typeof r.unit === 'object' ? r.unit.id : r.unit
        if (unit !== undefined && unit !== null) unitOf.set(String(r.id), unit)
      }
    }
    for (const d of docs) {
      const report = relationId(d.report as Id)!
      const unit = unitOf.get(report)
      if (unit === undefined) continue
      const list = byWriter.get(d.writer) ?? []
      list.push({ report, unit, day: d.day, views: d.count ?? 0 })
      byWriter.set(d.writer, list)
    }
    if (!hasNextPage) break
  }
  await payload.db.deleteMany({ collection: MONTHS, where: { kind: { equals: 'views' } } })
  let viewMonths = 0
  for (const [writer, views] of byWriter) {
    await addViewsToTotals(payload, writer, views)
    viewMonths += new Set(views.map((v) => `${v.unit} ${v.day.slice(0, 7)}`)).size
  }
  await rebuildAllUnitModels(payload)
  return { months: slices.size, viewMonths }
}
