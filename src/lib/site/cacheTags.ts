/**
 * Cache tags of the public site. Every cached read is tagged with what it depends on, so a
 * change revalidates exactly the pages that show it:
 * - `reports`: any list of reports (home, unit, category, official, campaign, model and legal
 *   document pages, feeds, sitemap, search filters);
 * - `report-path:UNIT:SLUG`: one report page, found by its unit's slug and its own (also the
 *   cached 404 of a path no published report has yet);
 * - one tag per reference collection, for pages that show its records;
 * - one tag per global the site shows.
 */
export const REPORTS_TAG = 'reports'

export const COLLECTION_TAGS = {
  units: 'units',
  categories: 'categories',
  officials: 'officials',
  organisations: 'organisations',
  campaigns: 'campaigns',
  models: 'models',
  'legal-documents': 'legal-documents',
  media: 'media',
} as const

export type TaggedCollection = keyof typeof COLLECTION_TAGS

/** One tag per global the site shows (the footer's links to other portals: on every page). */
export const GLOBAL_TAGS = {
  'portal-links': 'portal-links',
} as const

export type TaggedGlobal = keyof typeof GLOBAL_TAGS

/** Next refuses tags over 256 characters; slugs are at most 96, so this is a guard only. */
export const reportPathTag = (unitSlug: string, slug: string): string => `report-path:${unitSlug}:${slug}`.slice(0, 256)

/** What any list of report cards shows: the reports, their units, categories and photos. */
export const LIST_TAGS: readonly string[] = [REPORTS_TAG, COLLECTION_TAGS.units, COLLECTION_TAGS.categories, COLLECTION_TAGS.media]
