import { COLLECTION_TAGS as T, LIST_TAGS } from '../lib/site/cacheTags'
import { campaignPath, categoryPath, contactsPath, englishPath, galleriesPath, modelPath, officialPath, reportPath, siteMapPagePath, unitContactPath, unitPath } from '../lib/site/urls'
import { populated, PUBLISHED } from './cards'
import { getLegalRows } from './legal'
import { getCategories, getUnits } from './reference'
import { siteRead } from './siteRead'
import { sitePayload } from './sitePayload'

export type SitemapPath = { path: string; lastModified?: string | null }

/** Every public page: published reports, units, categories, officials, campaigns, models, documents. */
export const getSitemapEntries = siteRead('site-sitemap', { tags: [...LIST_TAGS, T.officials, T.campaigns, T.models, T['legal-documents']], duringBuild: [] as SitemapPath[] }, async (): Promise<SitemapPath[]> => {
  const payload = await sitePayload()
  const [reports, units, categories, officials, campaigns, models, legal] = await Promise.all([
    payload.find({ collection: 'reports', where: PUBLISHED, sort: '-publishedAt', limit: 45_000, depth: 1, overrideAccess: false, select: { slug: true, unit: true, updatedAt: true }, populate: { units: { slug: true } } }),
    getUnits(),
    getCategories(),
    payload.find({ collection: 'officials', where: { mergedInto: { exists: false } }, pagination: false, depth: 0, overrideAccess: false, joins: false, select: { updatedAt: true } }),
    payload.find({ collection: 'campaigns', pagination: false, depth: 0, overrideAccess: false, joins: false, select: { slug: true, updatedAt: true } }),
    payload.find({ collection: 'models', pagination: false, depth: 0, overrideAccess: false, joins: false, select: { slug: true, updatedAt: true } }),
    getLegalRows(),
  ])
  const entries: SitemapPath[] = [
    { path: '/', lastModified: reports.docs[0]?.updatedAt },
    { path: '/mo-hinh' },
    { path: '/van-ban' },
    ...[galleriesPath, contactsPath, englishPath, siteMapPagePath].map((path) => ({ path })),
  ]
  for (const r of reports.docs) {
    const unit = populated(r.unit)
    if (unit) entries.push({ path: reportPath(unit, r), lastModified: r.updatedAt })
  }
  for (const u of units) entries.push({ path: unitPath(u) }, { path: unitContactPath(u) })
  for (const c of categories) entries.push({ path: categoryPath(c) })
  for (const o of officials.docs) entries.push({ path: officialPath(o), lastModified: o.updatedAt })
  for (const c of campaigns.docs) entries.push({ path: campaignPath(c), lastModified: c.updatedAt })
  for (const m of models.docs) entries.push({ path: modelPath(m), lastModified: m.updatedAt })
  for (const l of legal) entries.push({ path: l.url })
  return entries
})
