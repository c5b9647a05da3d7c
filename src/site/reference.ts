/** The short reference lists many pages read: units, categories, organisations, report years. */
import { COLLECTION_TAGS as T, REPORTS_TAG } from '../lib/site/cacheTags'
import { yearVN } from '../lib/format/dates'
import { organisationLookup, type OrganisationLookup } from '../lib/officials/titlesAtDate'
import type { OrganisationRecord } from '../lib/organisations/kinds'
import type { Category, Unit } from '../payload-types'
import { PUBLISHED } from './cards'
import { siteRead } from './siteRead'
import { sitePayload } from './sitePayload'

export type UnitSummary = Pick<Unit, 'id' | 'name' | 'slug' | 'shortName' | 'level' | 'validFrom' | 'validTo' | 'successor'>

export const getUnits = siteRead('site-units', { tags: [T.units], duringBuild: [] as UnitSummary[] }, async (): Promise<UnitSummary[]> => {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'units',
    pagination: false,
    depth: 0,
    sort: 'name',
    overrideAccess: false,
    select: { name: true, slug: true, shortName: true, level: true, validFrom: true, validTo: true, successor: true },
  })
  return docs
})

export const findUnitBySlug = async (slug: string): Promise<UnitSummary | null> => (await getUnits()).find((u) => u.slug === slug) ?? null

export type CategorySummary = Pick<Category, 'id' | 'name' | 'slug'>

export const getCategories = siteRead('site-categories', { tags: [T.categories], duringBuild: [] as CategorySummary[] }, async (): Promise<CategorySummary[]> => {
  const payload = await sitePayload()
  const { docs } = await payload.find({ collection: 'categories', pagination: false, depth: 0, sort: 'name', overrideAccess: false, select: { name: true, slug: true } })
  return docs
})

const getOrganisations = siteRead('site-organisations', { tags: [T.organisations], duringBuild: [] as OrganisationRecord[] }, async (): Promise<OrganisationRecord[]> => {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'organisations',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    select: { name: true, kind: true, board: true, level: true, province: true, locality: true, validFrom: true, validTo: true, successor: true },
  })
  return docs
})

/** Every organisation, for officials' titles: the same lookup the admin's titles use. */
export const getOrganisationLookup = async (): Promise<OrganisationLookup> => organisationLookup(await getOrganisations())

/** The years that have published reports, newest first, for the search filter. */
export const getReportYears = siteRead('site-report-years', { tags: [REPORTS_TAG], duringBuild: [] as number[] }, async (): Promise<number[]> => {
  const payload = await sitePayload()
  const ends = await Promise.all(
    ['publishedAt', '-publishedAt'].map((sort) =>
      payload.find({ collection: 'reports', where: { and: [PUBLISHED, { publishedAt: { exists: true } }] }, sort, limit: 1, depth: 0, overrideAccess: false, select: { publishedAt: true } }),
    ),
  )
  const [first, last] = ends.map((r) => r.docs[0]?.publishedAt)
  if (!first || !last) return []
  const years: number[] = []
  for (let y = yearVN(last); y >= yearVN(first); y--) years.push(y)
  return years
})
