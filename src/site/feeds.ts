import { SITE_NAME } from '@/lib/site/brand'
import { buildRss } from '@/lib/site/rss'
import { absoluteUrl, feedPath, unitPath } from '@/lib/site/urls'
import { getFeedReports } from './queries'

/** Feeds and the sitemap change only when reports do: their data is cached and revalidated with the pages. */
export const XML_HEADERS = { 'Cache-Control': 'public, max-age=0, must-revalidate' }

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
