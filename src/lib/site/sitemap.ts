import { xmlText } from './xml'

export type SitemapEntry = { url: string; lastModified?: string | null }

/** A sitemaps.org urlset; lastmod as a W3C date-time. */
export function buildSitemap(entries: SitemapEntry[]): string {
  const urls = entries.map((e) => {
    const lastmod = e.lastModified ? `<lastmod>${new Date(e.lastModified).toISOString()}</lastmod>` : ''
    return `<url><loc>${xmlText(e.url)}</loc>${lastmod}</url>`
  })
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n')
}

/** robots.txt: everything public may be indexed; the admin, the API and the preview may not. */
export function buildRobots(sitemapUrl: string): string {
  return ['User-agent: *', 'Allow: /', 'Disallow: /admin', 'Disallow: /api/', 'Disallow: /xem-truoc', 'Disallow: /luot-xem', `Sitemap: ${sitemapUrl}`, ''].join('\n')
}
