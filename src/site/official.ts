import { careerOf, type CareerStep } from '../lib/officials/career'
import { titlesAtDate, type Position } from '../lib/officials/titlesAtDate'
import { relationId } from '../lib/roles'
import { COLLECTION_TAGS as T, LIST_TAGS } from '../lib/site/cacheTags'
import { pictureOf, type Picture } from '../lib/site/images'
import { officialPath } from '../lib/site/urls'
import { findReportCards, MEDIA_FIELDS, type ReportCard } from './cards'
import { getOrganisationLookup } from './reference'
import { siteRead } from './siteRead'
import { sitePayload } from './sitePayload'

export type OfficialView = {
  id: string
  fullName: string
  portrait: Picture | null
  currentTitles: string[]
  positions: CareerStep[]
  notes: string | null
  reports: ReportCard[]
  totalReports: number
}

/** An official's page; a merged duplicate's address answers with the record it went into. */
export const getOfficialPage = siteRead('site-official', { tags: [T.officials, T.organisations, ...LIST_TAGS], duringBuild: null }, async (id: string): Promise<{ redirectTo: string } | OfficialView | null> => {
  const payload = await sitePayload()
  const official = await payload.findByID({ collection: 'officials', id, depth: 1, overrideAccess: false, disableErrors: true, joins: false, populate: { media: MEDIA_FIELDS } })
  if (!official) return null
  const target = relationId(official.mergedInto)
  if (target) return { redirectTo: officialPath({ id: target }) }
  const lookup = await getOrganisationLookup()
  const positions: Position[] = official.positions ?? []
  // reports that still name a duplicate merged into this record count as this official's
  const merged = await payload.find({ collection: 'officials', where: { mergedInto: { equals: official.id } }, pagination: false, depth: 0, overrideAccess: false, joins: false, select: { fullName: true } })
  const reports = await findReportCards([{ officials: { in: [official.id, ...merged.docs.map((d) => d.id)] } }], { limit: 30 })
  return {
    id: String(official.id),
    fullName: official.fullName,
    portrait: pictureOf(official.portrait, 'card'),
    currentTitles: titlesAtDate(positions.filter((p) => p.confirmed === true), new Date(), lookup),
    positions: careerOf(positions, lookup, new Date()),
    notes: official.notes ?? null,
    reports: reports.items,
    totalReports: reports.totalDocs,
  }
})
