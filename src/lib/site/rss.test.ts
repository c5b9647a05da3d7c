import { describe, expect, it } from 'vitest'
import { child, childrenNamed, parseXml } from '../../../tests/support/xml'
import { buildRss } from './rss'
import { buildRobots, buildSitemap } from './sitemap'

describe('buildRss', () => {
  const xml = buildRss({
    title: 'Ban Dân vận Tỉnh ủy Hải Dương',
    link: 'http://localhost:3000/don-vi/ban-dan-van-tinh-uy-hai-duong',
    self: 'http://localhost:3000/don-vi/ban-dan-van-tinh-uy-hai-duong/rss.xml',
    description: 'Tin bài mới',
    items: [
      {
        title: 'Hội nghị "Dân vận khéo" & sơ kết <2024>',
        link: 'http://localhost:3000/bai-viet/hai-duong/hoi-nghi',
        description: 'Sapo có ký tự lạ \u0001 và đ',
        publishedAt: '2023-12-28T08:07:27Z',
        category: 'Dân vận khéo',
        author: 'Nhóm PV, CTV t/h',
        image: { url: 'http://localhost:3000/api/media/file/a-social.jpg', type: 'image/jpeg', length: 1234 },
      },
      { title: 'Không ngày', link: 'http://localhost:3000/bai-viet/hai-duong/khong-ngay' },
    ],
  })

  it('is well-formed RSS 2.0 with the required channel and item elements', () => {
    const rss = parseXml(xml)
    expect(rss.name).toBe('rss')
    expect(rss.attrs.version).toBe('2.0')
    const channel = child(rss, 'channel')!
    for (const name of ['title', 'link', 'description']) expect(child(channel, name)?.text).toBeTruthy()
    expect(child(channel, 'language')?.text).toBe('vi')
    expect(child(channel, 'lastBuildDate')?.text).toBe('Thu, 28 Dec 2023 08:07:27 GMT')
    expect(child(channel, 'atom:link')?.attrs.rel).toBe('self')
    const items = childrenNamed(channel, 'item')
    expect(items).toHaveLength(2)
    expect(child(items[0], 'title')?.text).toBe('Hội nghị "Dân vận khéo" & sơ kết <2024>')
    expect(child(items[0], 'guid')?.attrs.isPermaLink).toBe('true')
    expect(child(items[0], 'description')?.text).toBe('Sapo có ký tự lạ  và đ')
    expect(child(items[0], 'dc:creator')?.text).toBe('Nhóm PV, CTV t/h')
    expect(child(items[0], 'enclosure')?.attrs.length).toBe('1234')
    expect(child(items[1], 'pubDate')).toBeUndefined()
  })
})

describe('buildSitemap and buildRobots', () => {
  it('writes a urlset with lastmod and a robots file naming it', () => {
    const urlset = parseXml(buildSitemap([{ url: 'http://x/a?b=1&c=2', lastModified: '2024-07-24T09:42:07Z' }, { url: 'http://x/' }]))
    expect(urlset.attrs.xmlns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    const urls = childrenNamed(urlset, 'url')
    expect(child(urls[0], 'loc')?.text).toBe('http://x/a?b=1&c=2')
    expect(child(urls[0], 'lastmod')?.text).toBe('2024-07-24T09:42:07.000Z')
    expect(buildRobots('http://x/sitemap.xml')).toContain('Sitemap: http://x/sitemap.xml')
    expect(buildRobots('http://x/sitemap.xml')).toContain('Disallow: /admin')
  })
})

describe('parseXml (the tests’ reader)', () => {
  it('refuses what is not well-formed', () => {
    expect(() => parseXml('<a><b></a>')).toThrow()
    expect(() => parseXml('<a>x & y</a>')).toThrow()
    expect(() => parseXml('<a>&nbsp;</a>')).toThrow()
    expect(() => parseXml('<a x=1></a>')).toThrow()
    expect(() => parseXml('<a></a><b></b>')).toThrow()
    expect(parseXml('<?xml version="1.0"?><a x="&amp;">t&#39;<![CDATA[<b>]]></a>').text).toBe("t'<b>")
  })
})
