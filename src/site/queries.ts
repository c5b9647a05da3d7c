/**
 * Every read of the public site. Anonymous reads go through Payload's access rules
 * (overrideAccess: false, no user), which admit published reports only, and each list also
 * asks for `_status = published` itself so SQLite uses the compound indexes. Results are plain
 * objects for the pages, cached under tags (./cache) in a production server.
 */
import config from '@payload-config'
import { getPayload, type Payload, type Where } from 'payload'
import { cache } from 'react'
import { CAMPAIGN_KINDS, MODEL_FIELDS } from '../lib/campaigns'
import { LEGAL_DOCUMENT_TYPES } from '../lib/legal/documentTypes'
import { organisationLookup, printedTitle, titledName, titlesAtDate, type OrganisationLookup, type Position } from '../lib/officials/titlesAtDate'
import type { OrganisationRecord } from '../lib/organisations/kinds'
import type { UnitRecord } from '../lib/units'
import { relationId } from '../lib/roles'
import { foldVietnamese } from '../lib/text/foldVietnamese'
import { COLLECTION_TAGS, REPORTS_TAG, reportPathTag } from '../lib/site/cacheTags'
import { matchesLegalQuery, modelFacets, type ModelFilters } from '../lib/site/directories'
import { pictureOf, socialImageOf, type MediaLike, type Picture } from '../lib/site/images'
import { unitHistory, type UnitHistoryEntry } from '../lib/site/unitHistory'
import { campaignPath, categoryPath, legalDocumentPath, legalDocumentSlug, modelPath, officialPath, reportDownloadPath, reportPath, unitPath } from '../lib/site/urls'
import { yearVN } from '../lib/format/dates'
import { cachedRead, isBuildPhase } from './cache'

export const sitePayload = (): Promise<Payload> => getPayload({ config })

const T = COLLECTION_TAGS
const LIST_TAGS = [REPORTS_TAG, T.units, T.categories, T.media]
const PUBLISHED: Where = { _status: { equals: 'published' } }
const label = (options: readonly { value: string; vi: string }[], value: unknown) => options.find((o) => o.value === value)?.vi ?? ''

export const modelFieldLabel = (value: unknown) => label(MODEL_FIELDS, value)
export const legalTypeLabel = (value: unknown) => label(LEGAL_DOCUMENT_TYPES, value)
export const campaignKindLabel = (value: unknown) => label(CAMPAIGN_KINDS, value)
/** "Nghị định số 04/2015/NĐ-CP" */
export const legalTitle = (doc: { type?: unknown; number: string }) => [legalTypeLabel(doc.type), `số ${doc.number}`].filter(Boolean).join(' ')

type Ref = { id: string; name: string; url: string }

export type ReportCard = {
  id: string
  title: string
  lead: string | null
  publishedAt: string | null
  dateApproximate: boolean
  url: string
  unit: Ref & { slug: string }
  category: Ref | null
  image: Picture | null
  featured: boolean
}

export type Page<T> = { items: T[]; page: number; totalPages: number; totalDocs: number }

const MEDIA_FIELDS = { alt: true, caption: true, credit: true, url: true, width: true, height: true, mimeType: true, filesize: true, variants: true } as const
const CARD_SELECT = { title: true, slug: true, lead: true, publishedAt: true, dateApproximate: true, unit: true, category: true, featuredImage: true, featured: true } as const
const CARD_POPULATE = { units: { name: true, slug: true }, categories: { name: true, slug: true }, media: MEDIA_FIELDS } as const

type Doc = Record<string, any>

function unitRef(unit: unknown): (Ref & { slug: string }) | null {
  if (!unit || typeof unit !== 'object') return null
  const u = unit as Doc
  return { id: String(u.id), name: u.name, slug: u.slug, url: unitPath(u) }
}

function categoryRef(category: unknown): Ref | null {
  if (!category || typeof category !== 'object') return null
  const c = category as Doc
  return { id: String(c.id), name: c.name, url: categoryPath(c) }
}

function toCard(doc: Doc): ReportCard | null {
  const unit = unitRef(doc.unit)
  if (!unit) return null
  return {
    id: String(doc.id),
    title: doc.title,
    lead: doc.lead ?? null,
    publishedAt: doc.publishedAt ?? null,
    url: reportPath(unit, doc),
    unit,
    category: categoryRef(doc.category),
    image: pictureOf(doc.featuredImage as MediaLike, 'card'),
    featured: Boolean(doc.featured),
    dateApproximate: Boolean(doc.dateApproximate),
  }
}

async function findReportCards(where: Where[], options: { limit: number; page?: number; sort?: string | string[] }): Promise<Page<ReportCard>> {
  const payload = await sitePayload()
  const result = await payload.find({
    collection: 'reports',
    where: { and: [PUBLISHED, ...where] },
    sort: options.sort ?? '-publishedAt',
    limit: options.limit,
    page: options.page ?? 1,
    depth: 1,
    overrideAccess: false,
    select: CARD_SELECT as never,
    populate: CARD_POPULATE as never,
  })
  return {
    items: result.docs.map((d) => toCard(d as Doc)).filter((c): c is ReportCard => c !== null),
    page: result.page ?? 1,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
  }
}

const EMPTY_PAGE: Page<never> = { items: [], page: 1, totalPages: 0, totalDocs: 0 }

// ---------------------------------------------------------------- reference lists

export type UnitSummary = UnitRecord & { slug: string; shortName?: string | null; level?: string | null; validFrom?: string | null; validTo?: string | null }

export const getUnits = cache(async (): Promise<UnitSummary[]> => {
  if (isBuildPhase()) return []
  return cachedRead(['site-units'], [T.units], async () => {
    const payload = await sitePayload()
    const { docs } = await payload.find({
      collection: 'units',
      pagination: false,
      depth: 0,
      sort: 'name',
      overrideAccess: false,
      select: { name: true, slug: true, shortName: true, level: true, validFrom: true, validTo: true, successor: true },
    })
    return docs as unknown as UnitSummary[]
  })
})

export const getCategories = cache(async (): Promise<{ id: string; name: string; slug: string }[]> => {
  if (isBuildPhase()) return []
  return cachedRead(['site-categories'], [T.categories], async () => {
    const payload = await sitePayload()
    const { docs } = await payload.find({ collection: 'categories', pagination: false, depth: 0, sort: 'name', overrideAccess: false, select: { name: true, slug: true } })
    return docs.map((c) => ({ id: String(c.id), name: c.name, slug: c.slug }))
  })
})

/** Every organisation, for officials' titles: the same lookup the admin's titles use. */
const getOrganisationLookup = cache(async (): Promise<OrganisationLookup> => {
  if (isBuildPhase()) return organisationLookup([])
  const organisations = await cachedRead(['site-organisations'], [T.organisations], async () => {
    const payload = await sitePayload()
    const { docs } = await payload.find({
      collection: 'organisations',
      pagination: false,
      depth: 0,
      overrideAccess: false,
      select: { name: true, kind: true, board: true, level: true, province: true, locality: true, validFrom: true, validTo: true, successor: true },
    })
    return docs as OrganisationRecord[]
  })
  return organisationLookup(organisations)
})

// ---------------------------------------------------------------- home

export type HomeData = {
  featured: ReportCard[]
  latest: ReportCard[]
  units: { unit: UnitSummary & { url: string; current: boolean }; reports: ReportCard[]; total: number }[]
}

export const getHome = cache(async (): Promise<HomeData> => {
  if (isBuildPhase()) return { featured: [], latest: [], units: [] }
  return cachedRead(['site-home'], LIST_TAGS, async () => {
    const [featured, latest, units] = await Promise.all([
      findReportCards([{ featured: { equals: true } }], { limit: 3 }),
      findReportCards([], { limit: 13 }),
      getUnits(),
    ])
    const sections = await Promise.all(
      units.map(async (unit) => {
        const page = await findReportCards([{ unit: { equals: unit.id } }], { limit: 4, sort: ['-featured', '-publishedAt'] })
        return { unit: { ...unit, url: unitPath(unit), current: !unit.validTo || new Date(unit.validTo).getTime() > Date.now() }, reports: page.items, total: page.totalDocs }
      }),
    )
    const lead = featured.items.length ? featured.items : latest.items.slice(0, 1)
    const leadIds = new Set(lead.map((r) => r.id))
    return {
      featured: lead,
      latest: latest.items.filter((r) => !leadIds.has(r.id)).slice(0, 12),
      units: sections.filter((s) => s.total > 0).sort((a, b) => Number(b.unit.current) - Number(a.unit.current) || a.unit.name.localeCompare(b.unit.name, 'vi')),
    }
  })
})

// ---------------------------------------------------------------- report

export type ReportView = {
  id: string
  title: string
  lead: string | null
  body: unknown
  publishedAt: string | null
  updatedAt: string
  dateApproximate: boolean
  byline: string | null
  source: string | null
  url: string
  downloadUrl: string
  status: string
  unit: Ref & { slug: string }
  category: Ref | null
  featuredImage: Picture | null
  socialImage: ReturnType<typeof socialImageOf>
  gallery: { picture: Picture; caption: string | null }[]
  officials: { id: string; url: string; titled: string }[]
  campaigns: Ref[]
  models: Ref[]
  legalDocuments: (Ref & { summary: string | null })[]
}

const REPORT_POPULATE = {
  units: { name: true, slug: true },
  categories: { name: true, slug: true },
  media: MEDIA_FIELDS,
  campaigns: { name: true, slug: true },
  models: { name: true, slug: true },
  'legal-documents': { type: true, number: true, summary: true },
  officials: { fullName: true },
} as const

async function toReportView(payload: Payload, doc: Doc): Promise<ReportView | null> {
  const unit = unitRef(doc.unit)
  if (!unit) return null
  const date = doc.publishedAt ?? doc.createdAt ?? new Date().toISOString()
  // Officials with their titles on the report's date; a merged duplicate reads as, and links to, the record it went into.
  const officialIds = (doc.officials ?? []).map((o: unknown) => relationId(o as never)).filter(Boolean) as string[]
  let officials: ReportView['officials'] = []
  if (officialIds.length) {
    const found = await payload.find({ collection: 'officials', where: { id: { in: officialIds } }, limit: officialIds.length, depth: 0, overrideAccess: false, joins: false, select: { fullName: true, positions: true, mergedInto: true } })
    const targets = found.docs.map((o) => relationId(o.mergedInto as never)).filter(Boolean) as string[]
    const merged = targets.length
      ? (await payload.find({ collection: 'officials', where: { id: { in: targets } }, limit: targets.length, depth: 0, overrideAccess: false, joins: false, select: { fullName: true, positions: true } })).docs
      : []
    const mergedById = new Map(merged.map((o) => [String(o.id), o]))
    const byId = new Map(found.docs.map((o) => [String(o.id), mergedById.get(relationId(o.mergedInto as never) ?? '') ?? o]))
    const lookup = await getOrganisationLookup()
    officials = officialIds
      .map((id) => byId.get(id))
      .filter((o): o is NonNullable<typeof o> => Boolean(o))
      .map((o) => ({ id: String(o.id), url: officialPath(o), titled: titledName(o.fullName, (o.positions ?? []) as Position[], date, lookup) }))
  }
  const refs = (list: unknown, path: (d: Doc) => string): Ref[] =>
    ((list as unknown[]) ?? []).filter((d): d is Doc => Boolean(d) && typeof d === 'object').map((d) => ({ id: String(d.id), name: d.name, url: path(d) }))
  return {
    id: String(doc.id),
    title: doc.title,
    lead: doc.lead ?? null,
    body: doc.body ?? null,
    publishedAt: doc.publishedAt ?? null,
    updatedAt: doc.updatedAt,
    dateApproximate: Boolean(doc.dateApproximate),
    byline: doc.byline ?? null,
    source: doc.source ?? null,
    url: reportPath(unit, doc),
    downloadUrl: reportDownloadPath(unit, doc),
    status: doc._status ?? 'draft',
    unit,
    category: categoryRef(doc.category),
    featuredImage: pictureOf(doc.featuredImage, 'hero'),
    socialImage: socialImageOf(doc.featuredImage),
    gallery: ((doc.gallery ?? []) as Doc[])
      .map((row) => ({ picture: pictureOf(row.photo, 'hero'), caption: row.caption ?? (typeof row.photo === 'object' ? row.photo?.caption : null) ?? null }))
      .filter((row): row is { picture: Picture; caption: string | null } => row.picture !== null),
    officials,
    campaigns: refs(doc.campaigns, campaignPath),
    models: refs(doc.models, modelPath),
    legalDocuments: ((doc.legalDocuments ?? []) as unknown[])
      .filter((d): d is Doc => Boolean(d) && typeof d === 'object')
      .map((d) => ({ id: String(d.id), name: legalTitle(d as { type: unknown; number: string }), url: legalDocumentPath(d as { number: string }), summary: d.summary ?? null })),
  }
}

async function findUnitBySlug(slug: string): Promise<UnitSummary | null> {
  return (await getUnits()).find((u) => u.slug === slug) ?? null
}

/** The published report at /bai-viet/UNIT/SLUG, or null. */
export const getReport = cache(async (unitSlug: string, slug: string): Promise<ReportView | null> => {
  if (isBuildPhase()) return null
  return cachedRead(['site-report', unitSlug, slug], [reportPathTag(unitSlug, slug), T.units, T.categories, T.media, T.officials, T.organisations, T.campaigns, T.models, T['legal-documents']], async () => {
    const unit = await findUnitBySlug(unitSlug)
    if (!unit) return null
    const payload = await sitePayload()
    const { docs } = await payload.find({
      collection: 'reports',
      where: { and: [PUBLISHED, { unit: { equals: unit.id } }, { slug: { equals: slug } }] },
      limit: 1,
      depth: 1,
      overrideAccess: false,
      populate: REPORT_POPULATE as never,
    })
    return docs[0] ? toReportView(payload, docs[0] as Doc) : null
  })
})

/**
 * Draft preview for signed-in staff: the newest version of the report at this address that the
 * user may read (their access rules decide), never cached.
 */
export async function getReportPreview(unitSlug: string, slug: string, user: unknown): Promise<ReportView | null> {
  const payload = await sitePayload()
  const units = await payload.find({ collection: 'units', where: { slug: { equals: unitSlug } }, limit: 1, depth: 0, overrideAccess: false })
  const unit = units.docs[0]
  if (!unit || !user) return null
  const { docs } = await payload.find({
    collection: 'reports',
    where: { and: [{ unit: { equals: unit.id } }, { slug: { equals: slug } }] },
    limit: 1,
    depth: 1,
    draft: true,
    overrideAccess: false,
    user: user as never,
    populate: REPORT_POPULATE as never,
  })
  return docs[0] ? toReportView(payload, docs[0] as Doc) : null
}

// ---------------------------------------------------------------- unit and category pages

export const LIST_PAGE_SIZE = 20

export const getUnitPage = cache(async (unitSlug: string, page: number) => {
  if (isBuildPhase()) return null
  return cachedRead(['site-unit', unitSlug, page], LIST_TAGS, async () => {
    const units = await getUnits()
    const unit = units.find((u) => u.slug === unitSlug)
    if (!unit) return null
    const reports = await findReportCards([{ unit: { equals: unit.id } }], { limit: LIST_PAGE_SIZE, page })
    return { unit: { ...unit, url: unitPath(unit) }, history: unitHistory(units, unit.id) as UnitHistoryEntry[], reports }
  })
})

export const getCategoryPage = cache(async (slug: string, page: number) => {
  if (isBuildPhase()) return null
  return cachedRead(['site-category', slug, page], LIST_TAGS, async () => {
    const category = (await getCategories()).find((c) => c.slug === slug)
    if (!category) return null
    const reports = await findReportCards([{ category: { equals: category.id } }], { limit: LIST_PAGE_SIZE, page })
    return { category: { ...category, url: categoryPath(category) }, reports }
  })
})

// ---------------------------------------------------------------- officials

const organisationBeside = (title: string, name: string | undefined) => (name && !foldVietnamese(title).includes(foldVietnamese(name)) ? name : null)

export type OfficialView = {
  id: string
  fullName: string
  portrait: Picture | null
  currentTitles: string[]
  positions: { title: string; organisation: string | null; from: string | null; to: string | null; current: boolean; confirmed: boolean }[]
  notes: string | null
  reports: ReportCard[]
  totalReports: number
}

export const getOfficialPage = cache(async (id: string): Promise<{ redirectTo: string } | OfficialView | null> => {
  if (isBuildPhase()) return null
  return cachedRead(['site-official', id], [T.officials, T.organisations, T.units, ...LIST_TAGS], async () => {
    const payload = await sitePayload()
    const official = (await payload.findByID({ collection: 'officials', id, depth: 1, overrideAccess: false, disableErrors: true, joins: false, populate: { media: MEDIA_FIELDS } as never })) as Doc | null
    if (!official) return null
    const target = relationId(official.mergedInto as never)
    if (target) return { redirectTo: officialPath({ id: target }) }
    const lookup = await getOrganisationLookup()
    const now = new Date()
    // the career with the names of the time: each post as printed, in its organisation as then named
    const positions = ((official.positions ?? []) as Position[])
      .map((p) => ({
        title: printedTitle(p, lookup),
        // the organisation as then named, unless the title already says it
        organisation: organisationBeside(printedTitle(p, lookup), lookup(p.organisation)?.name),
        from: (p.start as string | null) ?? null,
        to: (p.end as string | null) ?? null,
        current: p.confirmed === true && titlesAtDate([p], now, lookup).length > 0,
        confirmed: p.confirmed === true,
        start: p.start ? new Date(p.start).getTime() : 0,
      }))
      .sort((a, b) => b.start - a.start)
      .map(({ start: _start, ...rest }) => rest)
    // reports that still name a duplicate merged into this record count as this official's
    const merged = await payload.find({ collection: 'officials', where: { mergedInto: { equals: official.id } }, pagination: false, depth: 0, overrideAccess: false, joins: false, select: { fullName: true } })
    const reports = await findReportCards([{ officials: { in: [official.id, ...merged.docs.map((d) => d.id)] } }], { limit: 30 })
    return {
      id: String(official.id),
      fullName: official.fullName,
      portrait: pictureOf(official.portrait, 'card'),
      currentTitles: titlesAtDate(((official.positions ?? []) as Position[]).filter((p) => p.confirmed === true), now, lookup),
      positions,
      notes: official.notes ?? null,
      reports: reports.items,
      totalReports: reports.totalDocs,
    }
  })
})

// ---------------------------------------------------------------- campaigns and models

export const getCampaignPage = cache(async (slug: string) => {
  if (isBuildPhase()) return null
  return cachedRead(['site-campaign', slug], [T.campaigns, T.models, T['legal-documents'], ...LIST_TAGS], async () => {
    const payload = await sitePayload()
    const { docs } = await payload.find({ collection: 'campaigns', where: { slug: { equals: slug } }, limit: 1, depth: 1, overrideAccess: false, joins: false, populate: { 'legal-documents': { type: true, number: true, summary: true } } as never })
    const campaign = docs[0] as Doc | undefined
    if (!campaign) return null
    const [reports, models] = await Promise.all([
      findReportCards([{ campaigns: { in: [campaign.id] } }], { limit: 30 }),
      payload.find({ collection: 'models', where: { campaign: { equals: campaign.id } }, sort: '-yearRecognised', limit: 100, depth: 1, overrideAccess: false, joins: false, select: { name: true, slug: true, field: true, unit: true, yearRecognised: true, locality: true }, populate: { units: { name: true, slug: true } } as never }),
    ])
    return {
      campaign: {
        id: String(campaign.id),
        name: campaign.name as string,
        kind: campaignKindLabel(campaign.kind),
        start: (campaign.start as string | null) ?? null,
        end: (campaign.end as string | null) ?? null,
        issuingBody: (campaign.issuingBody as string | null) ?? null,
        description: (campaign.description as string | null) ?? null,
        url: campaignPath(campaign as { slug: string }),
        legalDocuments: ((campaign.legalDocuments ?? []) as unknown[]).filter((d): d is Doc => Boolean(d) && typeof d === 'object').map((d) => ({ name: legalTitle(d as never), url: legalDocumentPath(d as never), summary: (d.summary as string) ?? null })),
      },
      reports,
      models: models.docs.map((m) => modelCard(m as Doc)),
    }
  })
})

export type ModelCard = { id: string; name: string; url: string; field: string; unit: (Ref & { slug: string }) | null; year: number | null; locality: string | null }

const modelCard = (m: Doc): ModelCard => ({ id: String(m.id), name: m.name, url: modelPath(m), field: modelFieldLabel(m.field), unit: unitRef(m.unit), year: m.yearRecognised ?? null, locality: m.locality ?? null })

/** Every model's field, unit and year, for the directory's counts (cached; models are few). */
const getModelFacetRows = cache(async () =>
  cachedRead(['site-model-facets'], [T.models], async () => {
    const payload = await sitePayload()
    const { docs } = await payload.find({ collection: 'models', pagination: false, depth: 0, overrideAccess: false, joins: false, select: { field: true, unit: true, yearRecognised: true } })
    return docs.map((m) => ({ field: m.field as string, unit: relationId(m.unit as never), yearRecognised: m.yearRecognised ?? null }))
  }),
)

export const MODEL_PAGE_SIZE = 24

export async function getModelDirectory(filters: ModelFilters, page: number) {
  if (isBuildPhase()) return null
  const [rows, units] = await Promise.all([getModelFacetRows(), getUnits()])
  const facets = modelFacets(rows, filters)
  const list = await cachedRead(['site-models', filters.field, filters.unit, filters.year, page], [T.models, T.units], async () => {
    const payload = await sitePayload()
    const and: Where[] = []
    if (filters.field) and.push({ field: { equals: filters.field } })
    if (filters.unit) and.push({ unit: { equals: filters.unit } })
    if (filters.year) and.push({ yearRecognised: { equals: filters.year } })
    const result = await payload.find({ collection: 'models', where: and.length ? { and } : undefined, sort: ['-yearRecognised', 'name'], limit: MODEL_PAGE_SIZE, page, depth: 1, overrideAccess: false, joins: false, select: { name: true, slug: true, field: true, unit: true, yearRecognised: true, locality: true }, populate: { units: { name: true, slug: true } } as never })
    return { items: result.docs.map((m) => modelCard(m as Doc)), page: result.page ?? 1, totalPages: result.totalPages, totalDocs: result.totalDocs }
  })
  return {
    list,
    total: facets.total,
    all: rows.length,
    byField: MODEL_FIELDS.map((f) => ({ value: f.value, label: f.vi, count: facets.byField.get(f.value) ?? 0 })),
    byUnit: units.filter((u) => facets.byUnit.has(String(u.id))).map((u) => ({ value: String(u.id), label: u.name, count: facets.byUnit.get(String(u.id)) ?? 0 })),
    byYear: [...facets.byYear].map(([year, count]) => ({ value: Number(year), count })).sort((a, b) => b.value - a.value),
    unfilteredUnits: units.filter((u) => rows.some((r) => r.unit === String(u.id))).map((u) => ({ value: String(u.id), label: u.name })),
    years: [...new Set(rows.map((r) => r.yearRecognised).filter((y): y is number => typeof y === 'number'))].sort((a, b) => b - a),
  }
}

export const getModelPage = cache(async (slug: string) => {
  if (isBuildPhase()) return null
  return cachedRead(['site-model', slug], [T.models, T.campaigns, ...LIST_TAGS], async () => {
    const payload = await sitePayload()
    const { docs } = await payload.find({ collection: 'models', where: { slug: { equals: slug } }, limit: 1, depth: 1, overrideAccess: false, joins: false, populate: { units: { name: true, slug: true }, campaigns: { name: true, slug: true }, media: MEDIA_FIELDS } as never })
    const model = docs[0] as Doc | undefined
    if (!model) return null
    const reports = await findReportCards([{ models: { in: [model.id] } }], { limit: 30 })
    return {
      model: {
        ...modelCard(model),
        status: model.status as string | null,
        description: (model.description as string | null) ?? null,
        results: (model.results as string | null) ?? null,
        campaign: model.campaign && typeof model.campaign === 'object' ? { name: model.campaign.name as string, url: campaignPath(model.campaign) } : null,
        photos: ((model.photos ?? []) as unknown[]).map((p) => pictureOf(p as MediaLike, 'card')).filter((p): p is Picture => p !== null),
      },
      reports,
    }
  })
})

// ---------------------------------------------------------------- legal documents

type LegalRow = { id: string; type: string; number: string; numberKey: string | null; issuingBody: string | null; issuedDate: string | null; summary: string | null; slug: string; url: string; title: string }

const getLegalRows = cache(async (): Promise<LegalRow[]> =>
  cachedRead(['site-legal-rows'], [T['legal-documents']], async () => {
    const payload = await sitePayload()
    const { docs } = await payload.find({ collection: 'legal-documents', pagination: false, depth: 0, sort: '-issuedDate', overrideAccess: false, joins: false, select: { type: true, number: true, numberKey: true, issuingBody: true, issuedDate: true, summary: true } })
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
  }),
)

export const LEGAL_PAGE_SIZE = 30

export async function getLegalList(query: string, type: string | undefined, page: number): Promise<Page<LegalRow> & { types: { value: string; label: string }[] }> {
  if (isBuildPhase()) return { ...EMPTY_PAGE, types: [] }
  const rows = await getLegalRows()
  const matching = rows.filter((r) => (!type || r.type === type) && matchesLegalQuery({ ...r, typeLabel: legalTypeLabel(r.type) }, query))
  const totalPages = Math.max(1, Math.ceil(matching.length / LEGAL_PAGE_SIZE))
  return {
    items: matching.slice((page - 1) * LEGAL_PAGE_SIZE, page * LEGAL_PAGE_SIZE),
    page,
    totalPages,
    totalDocs: matching.length,
    types: LEGAL_DOCUMENT_TYPES.filter((t) => rows.some((r) => r.type === t.value)).map((t) => ({ value: t.value, label: t.vi })),
  }
}

export const getLegalDocument = cache(async (slug: string) => {
  if (isBuildPhase()) return null
  return cachedRead(['site-legal', slug], [T['legal-documents'], T.campaigns, ...LIST_TAGS], async () => {
    const row = (await getLegalRows()).find((r) => r.slug === slug)
    if (!row) return null
    const payload = await sitePayload()
    const doc = (await payload.findByID({ collection: 'legal-documents', id: row.id, depth: 0, overrideAccess: false, disableErrors: true, joins: false })) as Doc | null
    if (!doc) return null
    const [reports, campaigns] = await Promise.all([
      findReportCards([{ legalDocuments: { in: [doc.id] } }], { limit: 30 }),
      payload.find({ collection: 'campaigns', where: { legalDocuments: { in: [doc.id] } }, limit: 50, depth: 0, overrideAccess: false, joins: false, select: { name: true, slug: true } }),
    ])
    return {
      document: {
        ...row,
        effectiveDate: (doc.effectiveDate as string | null) ?? null,
        file: doc.url ? { url: doc.url as string, filename: doc.filename as string, mimeType: (doc.mimeType as string) ?? '', filesize: (doc.filesize as number) ?? 0 } : null,
      },
      reports,
      campaigns: campaigns.docs.map((c) => ({ id: String(c.id), name: c.name, url: campaignPath(c) })),
    }
  })
})

// ---------------------------------------------------------------- feeds, sitemap, search filters

export type FeedReport = { title: string; url: string; lead: string | null; publishedAt: string | null; updatedAt: string; category: string | null; byline: string | null; image: ReturnType<typeof socialImageOf> }

export async function getFeedReports(unitSlug?: string): Promise<{ unit: UnitSummary | null; reports: FeedReport[] } | null> {
  if (isBuildPhase()) return { unit: null, reports: [] }
  return cachedRead(['site-feed', unitSlug], LIST_TAGS, async () => {
    const unit = unitSlug ? await findUnitBySlug(unitSlug) : null
    if (unitSlug && !unit) return null
    const payload = await sitePayload()
    const { docs } = await payload.find({
      collection: 'reports',
      where: { and: [PUBLISHED, ...(unit ? [{ unit: { equals: unit.id } }] : [])] },
      sort: '-publishedAt',
      limit: 30,
      depth: 1,
      overrideAccess: false,
      select: { ...CARD_SELECT, byline: true, updatedAt: true } as never,
      populate: CARD_POPULATE as never,
    })
    const reports = docs
      .map((d) => {
        const doc = d as Doc
        const u = unitRef(doc.unit)
        if (!u) return null
        return { title: doc.title, url: reportPath(u, doc), lead: doc.lead ?? null, publishedAt: doc.publishedAt ?? null, updatedAt: doc.updatedAt, category: categoryRef(doc.category)?.name ?? null, byline: doc.byline ?? null, image: socialImageOf(doc.featuredImage) }
      })
      .filter((r): r is FeedReport => r !== null)
    return { unit, reports }
  })
}

export async function getSitemapEntries(): Promise<{ path: string; lastModified?: string | null }[]> {
  if (isBuildPhase()) return []
  return cachedRead(['site-sitemap'], [...LIST_TAGS, T.officials, T.campaigns, T.models, T['legal-documents']], async () => {
    const payload = await sitePayload()
    const [reports, units, categories, officials, campaigns, models, legal] = await Promise.all([
      payload.find({ collection: 'reports', where: PUBLISHED, sort: '-publishedAt', limit: 45_000, depth: 1, overrideAccess: false, select: { slug: true, unit: true, updatedAt: true } as never, populate: { units: { slug: true } } as never }),
      getUnits(),
      getCategories(),
      payload.find({ collection: 'officials', where: { mergedInto: { exists: false } }, pagination: false, depth: 0, overrideAccess: false, joins: false, select: { updatedAt: true } }),
      payload.find({ collection: 'campaigns', pagination: false, depth: 0, overrideAccess: false, joins: false, select: { slug: true, updatedAt: true } }),
      payload.find({ collection: 'models', pagination: false, depth: 0, overrideAccess: false, joins: false, select: { slug: true, updatedAt: true } }),
      getLegalRows(),
    ])
    const entries: { path: string; lastModified?: string | null }[] = [{ path: '/', lastModified: (reports.docs[0] as Doc | undefined)?.updatedAt }, { path: '/mo-hinh' }, { path: '/van-ban' }]
    for (const r of reports.docs as Doc[]) if (r.unit && typeof r.unit === 'object') entries.push({ path: reportPath(r.unit, r), lastModified: r.updatedAt })
    for (const u of units) entries.push({ path: unitPath(u) })
    for (const c of categories) entries.push({ path: categoryPath(c) })
    for (const o of officials.docs) entries.push({ path: officialPath(o), lastModified: o.updatedAt })
    for (const c of campaigns.docs) entries.push({ path: campaignPath(c), lastModified: c.updatedAt })
    for (const m of models.docs) entries.push({ path: modelPath(m), lastModified: m.updatedAt })
    for (const l of legal) entries.push({ path: l.url })
    return entries
  })
}

/** The years that have published reports, newest first, for the search filter. */
export async function getReportYears(): Promise<number[]> {
  if (isBuildPhase()) return []
  return cachedRead(['site-report-years'], [REPORTS_TAG], async () => {
    const payload = await sitePayload()
    const ends = await Promise.all(
      ['publishedAt', '-publishedAt'].map((sort) => payload.find({ collection: 'reports', where: { and: [PUBLISHED, { publishedAt: { exists: true } }] }, sort, limit: 1, depth: 0, overrideAccess: false, select: { publishedAt: true } as never })),
    )
    const [first, last] = ends.map((r) => (r.docs[0] as Doc | undefined)?.publishedAt as string | undefined)
    if (!first || !last) return []
    const years: number[] = []
    for (let y = yearVN(last); y >= yearVN(first); y--) years.push(y)
    return years
  })
}
