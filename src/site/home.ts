import { LIST_TAGS } from '../lib/site/cacheTags'
import { unitPath } from '../lib/site/urls'
import { findReportCards, type ReportCard } from './cards'
import { getUnits, type UnitSummary } from './reference'
import { siteRead } from './siteRead'

export type HomeUnitSection = { unit: UnitSummary & { url: string; current: boolean }; reports: ReportCard[]; total: number }
export type HomeData = { featured: ReportCard[]; latest: ReportCard[]; units: HomeUnitSection[] }

const isCurrent = (unit: UnitSummary, now: number) => !unit.validTo || new Date(unit.validTo).getTime() > now

/** Home: the featured reports (else the newest), the next twelve, and each unit's four newest, current units first. */
export const getHome = siteRead('site-home', { tags: LIST_TAGS, duringBuild: { featured: [], latest: [], units: [] } as HomeData }, async (): Promise<HomeData> => {
  const [featured, latest, units] = await Promise.all([findReportCards([{ featured: { equals: true } }], { limit: 3 }), findReportCards([], { limit: 13 }), getUnits()])
  const now = Date.now()
  const sections = await Promise.all(
    units.map(async (unit): Promise<HomeUnitSection> => {
      const page = await findReportCards([{ unit: { equals: unit.id } }], { limit: 4, sort: ['-featured', '-publishedAt'] })
      return { unit: { ...unit, url: unitPath(unit), current: isCurrent(unit, now) }, reports: page.items, total: page.totalDocs }
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
