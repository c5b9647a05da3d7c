import {
  campaignPath,
  categoryPath,
  contactsPath,
  englishPath,
  feedPath,
  galleriesPath,
  legalDirectoryPath,
  modelDirectoryPath,
  searchPath,
  sitemapPath,
  unitContactPath,
  unitPath,
} from './urls'

/**
 * "Sơ đồ trang": the site's sections as one HTML page, beside sitemap.xml (which lists every
 * report for search engines; here readers get the sections, the boards and the topics).
 */
export type SiteMapLink = { name: string; url: string; lang?: 'en'; children?: SiteMapLink[] }
export type SiteMapSection = { id: string; title: string; links: SiteMapLink[] }

type Named = { name: string; slug?: string | null }

export function siteMapSections(data: { units: (Named & { current: boolean })[]; categories: Named[]; campaigns: Named[] }): SiteMapSection[] {
  const byName = (a: Named, b: Named) => a.name.localeCompare(b.name, 'vi')
  const sections: SiteMapSection[] = [
    {
      id: 'trang-chinh',
      title: 'Trang chính',
      links: [
        { name: 'Trang chủ', url: '/' },
        { name: 'Mô hình "Dân vận khéo"', url: modelDirectoryPath },
        { name: 'Văn bản', url: legalDirectoryPath },
        { name: 'Thư viện ảnh', url: galleriesPath },
        { name: 'Liên hệ', url: contactsPath },
        { name: 'Tìm kiếm', url: searchPath() },
        { name: 'English', url: englishPath, lang: 'en' },
        { name: 'RSS tin mới', url: feedPath() },
        { name: 'Sơ đồ trang cho máy tìm kiếm (sitemap.xml)', url: sitemapPath },
      ],
    },
    {
      id: 'don-vi',
      title: 'Đơn vị',
      links: [...data.units]
        .filter((u) => u.slug)
        .sort((a, b) => Number(b.current) - Number(a.current) || byName(a, b))
        .map((u) => ({ name: u.name, url: unitPath(u), children: [{ name: 'Liên hệ', url: unitContactPath(u) }] })),
    },
    {
      id: 'chuyen-muc',
      title: 'Chuyên mục',
      links: data.categories
        .filter((c) => c.slug)
        .sort(byName)
        .map((c) => ({ name: c.name, url: categoryPath(c) })),
    },
    {
      id: 'phong-trao',
      title: 'Phong trào, cuộc vận động',
      links: data.campaigns
        .filter((c) => c.slug)
        .sort(byName)
        .map((c) => ({ name: c.name, url: campaignPath(c) })),
    },
  ]
  return sections.filter((s) => s.links.length > 0)
}
