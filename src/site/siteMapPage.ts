/** "Sơ đồ trang": what the HTML site map lists (src/lib/site/siteMapSections.ts lays it out). */
import { COLLECTION_TAGS as T } from '../lib/site/cacheTags'
import { siteMapSections, type SiteMapSection } from '../lib/site/siteMapSections'
import { getCategories, getUnits } from './reference'
import { siteRead } from './siteRead'
import { sitePayload } from './sitePayload'

export const getSiteMapSections = siteRead(
  'site-map-page',
  { tags: [T.units, T.categories, T.campaigns], duringBuild: [] as SiteMapSection[] },
  async (): Promise<SiteMapSection[]> => {
    const payload = await sitePayload()
    const [units, categories, campaigns] = await Promise.all([
      getUnits(),
      getCategories(),
      payload.find({ collection: 'campaigns', pagination: false, depth: 0, overrideAccess: false, joins: false, select: { name: true, slug: true } }),
    ])
    const now = Date.now()
    return siteMapSections({
      units: units.map((u) => ({ name: u.name, slug: u.slug, current: !u.validTo || new Date(u.validTo).getTime() > now })),
      categories,
      campaigns: campaigns.docs,
    })
  },
)
