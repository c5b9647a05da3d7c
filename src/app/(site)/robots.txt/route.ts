import { buildRobots } from '@/lib/site/sitemap'
import { absoluteUrl, sitemapPath } from '@/lib/site/urls'

/** Rendered per request so SITE_URL is read when the server runs, not when it was built. */
export const dynamic = 'force-dynamic'

export function GET(): Response {
  return new Response(buildRobots(absoluteUrl(sitemapPath)), { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } })
}
