import { COLLECTION_TAGS, GLOBAL_TAGS, REPORTS_TAG, reportPathTag, type TaggedCollection, type TaggedGlobal } from './cacheTags'
import { categoryPath, feedPath, reportPath, sitemapPath, unitPath } from './urls'

/**
 * What a write makes stale on the public site: cache tags (src/lib/site/cacheTags.ts) and page
 * paths. Pure: the hooks work out where a document sat, this says what that touches, and
 * src/invalidation applies it to every server process.
 */
export type Invalidation = { tags: string[]; paths: string[] }

export const NOTHING: Invalidation = { tags: [], paths: [] }

export const isNothing = (invalidation: Invalidation): boolean => !invalidation.tags.length && !invalidation.paths.length

/** Every tag and path of the given invalidations, once each. */
export function mergeInvalidations(list: readonly Invalidation[]): Invalidation {
  return { tags: [...new Set(list.flatMap((i) => i.tags))], paths: [...new Set(list.flatMap((i) => i.paths))] }
}

/** Where a report sat on the public site: enough to name every cached page that shows it. */
export type ReportLocation = {
  status?: string | null
  slug?: string | null
  unitSlug?: string | null
  categorySlug?: string | null
}

/**
 * A report's write. Readers see the live (published) document only, so nothing is stale unless
 * it was published before the write or is after it: a draft saved beside a live report, or a
 * contributor's draft, touches no cached page. When the live report changes, its page (at the
 * old and the new address), its unit and category pages, home, the feeds and the sitemap go,
 * and every list of reports through the `reports` tag.
 */
export function reportInvalidation(before: ReportLocation | null | undefined, after: ReportLocation | null | undefined): Invalidation {
  const live = [before, after].filter((l): l is ReportLocation => l?.status === 'published')
  if (!live.length) return NOTHING
  const paths = new Set<string>(['/', '/rss.xml', sitemapPath])
  const tags = new Set<string>([REPORTS_TAG])
  // a page is invalidated at both addresses: the old one must stop showing it
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

/**
 * A write to a reference collection (units, categories, officials, organisations, campaigns,
 * models, legal documents, photos): every page tagged with it. A new photo is on no public page
 * until a report using it is published, so an upload touches nothing; editing one does.
 */
export function referenceInvalidation(collection: TaggedCollection, operation: 'create' | 'update' | 'delete'): Invalidation {
  if (collection === 'media' && operation === 'create') return NOTHING
  return { tags: [COLLECTION_TAGS[collection]], paths: [] }
}

/** A global saved (the links to other portals in every page's footer): every page tagged with it. */
export function globalInvalidation(global: TaggedGlobal): Invalidation {
  return { tags: [GLOBAL_TAGS[global]], paths: [] }
}

/** A photo that stopped being public: every page that shows photos. */
export const photoHiddenInvalidation = (): Invalidation => referenceInvalidation('media', 'update')

/**
 * A published import: the pages of every report it wrote and, since it may also have made
 * units, officials, campaigns and the rest, every reference tag. Nothing when it wrote none.
 */
export function importInvalidation(written: readonly ReportLocation[]): Invalidation {
  if (!written.length) return NOTHING
  const reports = mergeInvalidations(written.map((where) => reportInvalidation(null, { ...where, status: 'published' })))
  return { paths: reports.paths, tags: [...reports.tags, ...Object.values(COLLECTION_TAGS)] }
}
