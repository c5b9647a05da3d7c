/** "Dân vận khéo" models: the directory with its facets, and each model's page. */
import type { Where } from 'payload'
import type { Campaign, Model } from '../payload-types'
import { MODEL_FIELDS } from '../lib/campaigns'
import { COLLECTION_TAGS as T, LIST_TAGS } from '../lib/site/cacheTags'
import { modelFacets, type ModelFilters } from '../lib/site/directories'
import { pictureOf, type Picture } from '../lib/site/images'
import { modelFieldLabel } from '../lib/site/labels'
import type { Page } from '../lib/site/paging'
import { relationId } from '../lib/roles'
import { campaignPath, modelPath } from '../lib/site/urls'
import { findReportCards, MEDIA_FIELDS, populated, unitRef, type ReportCard, type UnitRef } from './cards'
import { getUnits } from './reference'
import { siteRead } from './siteRead'
import { sitePayload } from './sitePayload'

export type ModelCard = { id: string; name: string; url: string; field: string; unit: UnitRef | null; year: number | null; locality: string | null }

const CARD_SELECT = { name: true, slug: true, field: true, unit: true, yearRecognised: true, locality: true } as const

const modelCard = (m: Pick<Model, 'id' | 'name' | 'slug' | 'field' | 'unit' | 'yearRecognised' | 'locality'>): ModelCard => ({
  id: String(m.id),
  name: m.name,
  url: modelPath(m),
  field: modelFieldLabel(m.field),
  unit: unitRef(m.unit),
  year: m.yearRecognised ?? null,
  locality: m.locality ?? null,
})

export async function findModelCards(where: Where | undefined, options: { limit: number; page?: number; sort: string | string[] }): Promise<Page<ModelCard>> {
  const payload = await sitePayload()
  const result = await payload.find({ collection: 'models', where, sort: options.sort, limit: options.limit, page: options.page ?? 1, depth: 1, overrideAccess: false, joins: false, select: CARD_SELECT, populate: { units: { name: true, slug: true } } })
  return { items: result.docs.map(modelCard), page: result.page ?? 1, totalPages: result.totalPages, totalDocs: result.totalDocs }
}

/** Every model's field, unit and year, for the directory's counts (models are few). */
const getModelFacetRows = siteRead('site-model-facets', { tags: [T.models], duringBuild: [] }, async () => {
  const payload = await sitePayload()
  const { docs } = await payload.find({ collection: 'models', pagination: false, depth: 0, overrideAccess: false, joins: false, select: { field: true, unit: true, yearRecognised: true } })
  return docs.map((m) => ({ field: m.field, unit: relationId(m.unit), yearRecognised: m.yearRecognised ?? null }))
})

export const MODEL_PAGE_SIZE = 24

type Option<V> = { value: V; label: string }
export type ModelDirectory = {
  list: Page<ModelCard>
  total: number
  all: number
  byField: (Option<string> & { count: number })[]
  byUnit: (Option<string> & { count: number })[]
  byYear: { value: number; count: number }[]
  unfilteredUnits: Option<string>[]
  years: number[]
}

const filterWhere = (filters: ModelFilters): Where | undefined => {
  const and: Where[] = []
  if (filters.field) and.push({ field: { equals: filters.field } })
  if (filters.unit) and.push({ unit: { equals: filters.unit } })
  if (filters.year) and.push({ yearRecognised: { equals: filters.year } })
  return and.length ? { and } : undefined
}

export const getModelDirectory = siteRead('site-models', { tags: [T.models, T.units], duringBuild: null }, async (filters: ModelFilters, page: number): Promise<ModelDirectory | null> => {
  const [rows, units, list] = await Promise.all([getModelFacetRows(), getUnits(), findModelCards(filterWhere(filters), { limit: MODEL_PAGE_SIZE, page, sort: ['-yearRecognised', 'name'] })])
  const facets = modelFacets(rows, filters)
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
})

export type ModelPage = {
  model: ModelCard & { status: Model['status'] | null; description: string | null; results: string | null; campaign: { name: string; url: string } | null; photos: Picture[] }
  reports: Page<ReportCard>
}

export const getModelPage = siteRead('site-model', { tags: [T.models, T.campaigns, ...LIST_TAGS], duringBuild: null }, async (slug: string): Promise<ModelPage | null> => {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'models',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    overrideAccess: false,
    joins: false,
    populate: { units: { name: true, slug: true }, campaigns: { name: true, slug: true }, media: MEDIA_FIELDS },
  })
  const model = docs[0]
  if (!model) return null
  const reports = await findReportCards([{ models: { in: [model.id] } }], { limit: 30 })
  const campaign = populated<Pick<Campaign, 'name' | 'slug'>>(model.campaign)
  return {
    model: {
      ...modelCard(model),
      status: model.status ?? null,
      description: model.description ?? null,
      results: model.results ?? null,
      campaign: campaign && { name: campaign.name, url: campaignPath(campaign) },
      photos: (model.photos ?? []).map((p) => pictureOf(p, 'card')).filter((p): p is Picture => p !== null),
    },
    reports,
  }
})
