import { REPORTS_TAG, reportPathTag } from './cacheTags'
import { categoryPath, feedPath, reportPath, sitemapPath, unitPath } from './urls'

/** Where a report sat on the public site: enough to name every cached page that shows it. */
export type ReportLocation = {
  status?: string | null
  slug?: string | null
  unitSlug?: string | null
  categorySlug?: string | null
}

export type RevalidationTargets = { paths: string[]; tags: string[] }

/**
 * What to revalidate when a report changes. Readers see the live (published) document only,
 * so nothing is done unless it was published before the change or is after it: a draft saved
 * beside a live report, or a contributor's draft, touches no cached page. When the live report
 * changes, its page (at the old and the new address), its unit and category pages, home, the
 * feeds and the sitemap go, and every list of reports through the `reports` tag.
 */
export function reportRevalidationTargets(before: ReportLocation | null | undefined, after: ReportLocation | null | undefined): RevalidationTargets {
  const live = [before, after].filter((l): l is ReportLocation => l?.status === 'published')
  if (!live.length) return { paths: [], tags: [] }
  const paths = new Set<string>(['/', '/rss.xml', sitemapPath])
  const tags = new Set<string>([REPORTS_TAG])
  // a page is revalidated at both addresses: the old one must stop showing it
  for (const where of [before, after]) {
    if (!where?.unitSlug) continue
    const unit = { slug: where.unitSlug }
    paths.add(unitPath(unit))
    paths.add(feedPath(unit))
    if (where.slug) {
      paths.add(reportPath(unit, { slug: where.slug }))
      tags.add(reportPathTag(where.unitSlug, where.slug))
    }
    if (where.categorySlug) paths.add(categoryPath({ slug: where.categorySlug }))
  }
  return { paths: [...paths], tags: [...tags] }
}
