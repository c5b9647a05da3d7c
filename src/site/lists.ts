/** The paged lists of a unit's and a category's reports. */
import { LIST_TAGS } from '../lib/site/cacheTags'
import type { Page } from '../lib/site/paging'
import { unitHistory, type UnitHistoryEntry } from '../lib/site/unitHistory'
import { categoryPath, unitPath } from '../lib/site/urls'
import { findReportCards, type ReportCard } from './cards'
import { getCategories, getUnits, type CategorySummary, type UnitSummary } from './reference'
import { siteRead } from './siteRead'

export const LIST_PAGE_SIZE = 20

export type UnitPage = { unit: UnitSummary & { url: string }; history: UnitHistoryEntry[]; reports: Page<ReportCard> }
export type CategoryPage = { category: CategorySummary & { url: string }; reports: Page<ReportCard> }

export const getUnitPage = siteRead('site-unit', { tags: LIST_TAGS, duringBuild: null }, async (unitSlug: string, page: number): Promise<UnitPage | null> => {
  const units = await getUnits()
  const unit = units.find((u) => u.slug === unitSlug)
  if (!unit) return null
  const reports = await findReportCards([{ unit: { equals: unit.id } }], { limit: LIST_PAGE_SIZE, page })
  return { unit: { ...unit, url: unitPath(unit) }, history: unitHistory(units, unit.id), reports }
})

export const getCategoryPage = siteRead('site-category', { tags: LIST_TAGS, duringBuild: null }, async (slug: string, page: number): Promise<CategoryPage | null> => {
  const category = (await getCategories()).find((c) => c.slug === slug)
  if (!category) return null
  const reports = await findReportCards([{ category: { equals: category.id } }], { limit: LIST_PAGE_SIZE, page })
  return { category: { ...category, url: categoryPath(category) }, reports }
})
