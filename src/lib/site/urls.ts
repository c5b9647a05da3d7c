import { legalNumberKey } from '../legal/legalNumberKey'
import { slugify } from '../text/slugify'

/**
 * Public URLs, in one place so pages, feeds, the sitemap, search results and revalidation
 * agree. Report slugs are unique within a unit only, so a report's path carries its unit.
 */
type Slugged = { slug?: string | null }
type Identified = { id: number | string }

export const reportPath = (unit: Slugged, report: Slugged): string => `/bai-viet/${unit.slug}/${report.slug}`
export const unitPath = (unit: Slugged): string => `/don-vi/${unit.slug}`
export const officialPath = (official: Identified): string => `/can-bo/${official.id}`
export const campaignPath = (campaign: Slugged): string => `/phong-trao/${campaign.slug}`
export const modelDirectoryPath = '/mo-hinh'
export const modelPath = (model: Slugged): string => `/mo-hinh/${model.slug}`
export const legalDirectoryPath = '/van-ban'
/** Legal documents are known by their number: "04/2015/NĐ-CP" → /van-ban/4-2015-nd-cp. */
export const legalDocumentSlug = (number: string): string => slugify(legalNumberKey(number))
export const legalDocumentPath = (doc: { number: string }): string => `/van-ban/${legalDocumentSlug(doc.number)}`
export const categoryPath = (category: Slugged): string => `/chuyen-muc/${category.slug}`
export const searchPath = (query?: string): string => (query ? `/tim-kiem?q=${encodeURIComponent(query)}` : '/tim-kiem')
export const feedPath = (unit?: Slugged): string => (unit ? `/don-vi/${unit.slug}/rss.xml` : '/rss.xml')

// ---- added for the public site (issue #7) ----

/** "Lưu bài": the article as a standalone HTML file. */
export const reportDownloadPath = (unit: Slugged, report: Slugged): string => `${reportPath(unit, report)}/luu`
/** Page 1 of a list is its own path; later pages add /trang/N, so every page can be cached. */
export const pagedPath = (base: string, page: number): string => (page > 1 ? `${base}/trang/${page}` : base)
export const unitsAnchorPath = '/#don-vi'
export const sitemapPath = '/sitemap.xml'
export const robotsPath = '/robots.txt'
/** Staff draft preview: checks the signed-in user, turns on draft mode, goes to the report. */
export const previewPath = (report: Identified): string => `/xem-truoc?id=${encodeURIComponent(String(report.id))}`
export const exitPreviewPath = '/xem-truoc/thoat'
/** The view counter's beacon target. */
export const viewBeaconPath = '/luot-xem'

/** SITE_URL (else SERVER_URL) without a trailing slash; http://localhost:3000 when neither is set (production refuses to start so: src/lib/config/siteUrl.ts). */
export function siteOrigin(env: Record<string, string | undefined> = process.env): string {
  const raw = env.SITE_URL?.trim() || env.SERVER_URL?.trim() || 'http://localhost:3000'
  return raw.replace(/\/+$/, '')
}

/** A canonical absolute URL for a public path. */
export const absoluteUrl = (path: string, env?: Record<string, string | undefined>): string =>
  /^https?:\/\//.test(path) ? path : `${siteOrigin(env)}${path.startsWith('/') ? '' : '/'}${path}`

// ---- the portal functions of NĐ 42/2022/NĐ-CP (issue 16) ----

/** The English page: the boards, their functions, addresses and contacts. */
export const englishPath = '/en'
/** "Liên hệ": every board's contact; one page per board beside it. */
export const contactsPath = '/lien-he'
export const unitContactPath = (unit: Slugged): string => `${contactsPath}/${unit.slug}`
/** The HTML site map ("Sơ đồ trang"), beside sitemap.xml. */
export const siteMapPagePath = '/so-do-trang'
/** "Thư viện ảnh": the latest reports' galleries; each report's album under its own address. */
export const galleriesPath = '/thu-vien-anh'
export const albumPath = (unit: Slugged, report: Slugged): string => `${reportPath(unit, report)}/anh`

/** A link to another portal: http or https with a host name, nothing else (no javascript:, no relative paths). */
export function isPortalUrl(value: string): boolean {
  try {
    const url = new URL(value.trim())
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') && !url.username && !url.password
  } catch {
    return false
  }
}
