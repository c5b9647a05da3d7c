/** The footer's links to other state portals (the global "Liên kết cổng thông tin"). */
import { GLOBAL_TAGS } from '../lib/site/cacheTags'
import { isPortalUrl } from '../lib/site/urls'
import { siteRead } from './siteRead'
import { sitePayload } from './sitePayload'

export type PortalLinkView = { name: string; url: string }

export const getPortalLinks = siteRead('site-portal-links', { tags: [GLOBAL_TAGS['portal-links']], duringBuild: [] as PortalLinkView[] }, async (): Promise<PortalLinkView[]> => {
  const payload = await sitePayload()
  const global = await payload.findGlobal({ slug: 'portal-links', depth: 0, overrideAccess: false })
  // the field refuses anything but http(s); checked again, since this goes into every page
  return (global.links ?? []).filter((l) => l.name?.trim() && isPortalUrl(l.url)).map((l) => ({ name: l.name.trim(), url: l.url.trim() }))
})
