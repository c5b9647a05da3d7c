import { describe, expect, it } from 'vitest'
import { globalInvalidation, importInvalidation, mergeInvalidations, referenceInvalidation, reportInvalidation } from './invalidation'
import { pageFromQuery, pageWindow, parsePageParam } from './pagination'
import { absoluteUrl, pagedPath, reportDownloadPath, siteOrigin } from './urls'

describe('reportInvalidation', () => {
  const live = { status: 'published', slug: 'hoi-nghi', unitSlug: 'ban-dan-van-tinh-uy-hai-duong', categorySlug: 'dan-van-kheo' }

  it('does nothing for drafts that never were live', () => {
    expect(reportInvalidation(null, { ...live, status: 'draft' })).toEqual({ paths: [], tags: [] })
    expect(reportInvalidation({ ...live, status: 'draft' }, { ...live, status: 'draft' })).toEqual({ paths: [], tags: [] })
  })

  it('on publish and on unpublish names the page, its unit, category, home, feeds and sitemap', () => {
    for (const [before, after] of [[null, live], [live, { ...live, status: 'draft' }]] as const) {
      const { paths, tags } = reportInvalidation(before, after)
      expect(paths).toEqual(expect.arrayContaining(['/', '/rss.xml', '/sitemap.xml', '/bai-viet/ban-dan-van-tinh-uy-hai-duong/hoi-nghi', '/don-vi/ban-dan-van-tinh-uy-hai-duong', '/don-vi/ban-dan-van-tinh-uy-hai-duong/rss.xml', '/chuyen-muc/dan-van-kheo']))
      expect(tags).toEqual(expect.arrayContaining(['reports', 'report-path:ban-dan-van-tinh-uy-hai-duong:hoi-nghi']))
    }
  })

  it('clears the old address when a live report moves', () => {
    const { paths } = reportInvalidation(live, { ...live, slug: 'hoi-nghi-moi' })
    expect(paths).toEqual(expect.arrayContaining(['/bai-viet/ban-dan-van-tinh-uy-hai-duong/hoi-nghi', '/bai-viet/ban-dan-van-tinh-uy-hai-duong/hoi-nghi-moi']))
  })
})

describe('the other writes', () => {
  it('a reference record touches every page tagged with its collection; a new photo touches nothing', () => {
    expect(referenceInvalidation('units', 'update')).toEqual({ tags: ['units'], paths: [] })
    expect(referenceInvalidation('officials', 'delete')).toEqual({ tags: ['officials'], paths: [] })
    expect(referenceInvalidation('media', 'create')).toEqual({ tags: [], paths: [] })
    expect(referenceInvalidation('media', 'update')).toEqual({ tags: ['media'], paths: [] })
  })

  it('a global touches every page tagged with it: the links to other portals sit in every footer', () => {
    expect(globalInvalidation('portal-links')).toEqual({ tags: ['portal-links'], paths: [] })
  })

  it('an import touches the pages of each report it wrote and every reference tag, once each', () => {
    const unit = 'ban-dan-van-tinh-uy-hai-duong'
    const { paths, tags } = importInvalidation([
      { slug: 'a', unitSlug: unit },
      { slug: 'b', unitSlug: unit },
    ])
    expect(paths.filter((p) => p === `/don-vi/${unit}`)).toHaveLength(1)
    expect(paths).toEqual(expect.arrayContaining([`/bai-viet/${unit}/a`, `/bai-viet/${unit}/b`, '/']))
    expect(tags).toEqual(expect.arrayContaining(['reports', `report-path:${unit}:a`, 'units', 'officials', 'media', 'legal-documents']))
    expect(importInvalidation([])).toEqual({ tags: [], paths: [] })
  })

  it('merges without repeating', () => {
    expect(mergeInvalidations([{ tags: ['a', 'b'], paths: ['/'] }, { tags: ['b'], paths: ['/', '/x'] }])).toEqual({ tags: ['a', 'b'], paths: ['/', '/x'] })
  })
})

describe('pagination and urls', () => {
  it('reads page numbers strictly', () => {
    expect(parsePageParam('2')).toBe(2)
    expect(parsePageParam('1')).toBeNull()
    expect(parsePageParam('02')).toBeNull()
    expect(parsePageParam('x')).toBeNull()
    expect(pageFromQuery('3')).toBe(3)
    expect(pageFromQuery(['4', '5'])).toBe(4)
    expect(pageFromQuery('-1')).toBe(1)
    expect(pageWindow(6, 20)).toEqual([1, 'gap', 4, 5, 6, 7, 8, 'gap', 20])
    expect(pageWindow(1, 1)).toEqual([])
  })

  it('builds paged, download and absolute paths', () => {
    expect(pagedPath('/don-vi/a', 1)).toBe('/don-vi/a')
    expect(pagedPath('/don-vi/a', 3)).toBe('/don-vi/a/trang/3')
    expect(reportDownloadPath({ slug: 'u' }, { slug: 's' })).toBe('/bai-viet/u/s/luu')
    expect(siteOrigin({})).toBe('http://localhost:3000')
    expect(siteOrigin({ SITE_URL: 'https://danvan.example.vn/' })).toBe('https://danvan.example.vn')
    expect(absoluteUrl('/rss.xml', { SITE_URL: 'https://a.vn' })).toBe('https://a.vn/rss.xml')
  })
})
