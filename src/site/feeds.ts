import { SITE_NAME } from '@/lib/site/brand'
import { LIST_TAGS } from '@/lib/site/cacheTags'
import { socialImageOf } from '@/lib/site/images'
import { buildRss } from '@/lib/site/rss'
import { absoluteUrl, feedPath, reportPath, unitPath } from '@/lib/site/urls'
import { CARD_POPULATE, CARD_SELECT, categoryRef, PUBLISHED, unitRef } from './cards'
import { findUnitBySlug, type UnitSummary } from './reference'
import { siteRead } from './siteRead'
import { sitePayload } from './sitePayload'

/** Feeds and the sitemap change only when reports do: their data is cached and invalidated with the pages. */
export const XML_HEADERS = { 'Cache-Control': 'public, max-age=0, must-revalidate' }

export type FeedReport = { title: string; url: string; lead: string | null; publishedAt: string | null; updatedAt: string; category: string | null; byline: string | null; image: ReturnType<typeof socialImageOf> }
export type Feed = { unit: UnitSummary | null; reports: FeedReport[] }

/** The 30 newest published reports, of one unit or of all; null for an unknown unit. */
export const getFeedReports = siteRead('site-feed', { tags: LIST_TAGS, duringBuild: { unit: null, reports: [] } as Feed | null }, async (unitSlug?: string): Promise<Feed | null> => {
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
    select: { ...CARD_SELECT, byline: true, updatedAt: true },
    populate: CARD_POPULATE,
  })
  const reports = docs.flatMap((doc): FeedReport[] => {
    const u = unitRef(doc.unit)
    if (!u) return []
    return [{ title: doc.title, url: reportPath(u, doc), lead: doc.lead ?? null, publishedAt: doc.publishedAt ?? null, updatedAt: doc.updatedAt, category: categoryRef(doc.category)?.name ?? null, byline: doc.byline ?? null, image: socialImageOf(doc.featuredImage) }]
  })
  return { unit, reports }
})

export async function feedResponse(unitSlug?: string): Promise<Response> {
  const data = await getFeedReports(unitSlug)
  if (!data) return new Response('Không tìm thấy đơn vị.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const { unit, reports } = data
  const xml = buildRss({
    title: unit ? `${unit.name} — ${SITE_NAME}` : `${SITE_NAME} — Tin mới`,
    link: absoluteUrl(unit ? unitPath(unit) : '/'),
    self: absoluteUrl(feedPath(unit ?? undefined)),
    description: unit ? `Tin bài mới của ${unit.name}` : 'Tin bài mới của Ban Dân vận các cấp',
    items: reports.map((r) => ({
      title: r.title,
      link: absoluteUrl(r.url),
      description: r.lead,
      publishedAt: r.publishedAt,
      category: r.category,
      author: r.byline,
      image: r.image ? { url: absoluteUrl(r.image.url), type: r.image.type, length: r.image.length } : null,
    })),
  })
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', ...XML_HEADERS } })
}
