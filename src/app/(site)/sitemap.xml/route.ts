import { buildSitemap } from '@/lib/site/sitemap'
import { absoluteUrl } from '@/lib/site/urls'
import { XML_HEADERS } from '@/site/feeds'
import { getSitemapEntries } from '@/site/sitemap'

/** Every public page: published reports, units, categories, officials, campaigns, models, documents. */
export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const entries = await getSitemapEntries()
  const xml = buildSitemap(entries.map((e) => ({ url: absoluteUrl(e.path), lastModified: e.lastModified })))
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8', ...XML_HEADERS } })
}
