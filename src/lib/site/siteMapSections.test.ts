import { describe, expect, it } from 'vitest'
import { siteMapSections } from './siteMapSections'

describe('the HTML site map', () => {
  it('lists the main pages, the boards with their contact pages, categories and campaigns, and leaves out empty sections', () => {
    const sections = siteMapSections({
      units: [
        { name: 'Ban Dân vận Tỉnh ủy Hải Dương', slug: 'ban-dan-van-tinh-uy-hai-duong', current: false },
        { name: 'Ban Dân vận Thành ủy Hà Nội', slug: 'ban-dan-van-thanh-uy-ha-noi', current: true },
      ],
      categories: [{ name: 'Dân vận khéo', slug: 'dan-van-kheo' }],
      campaigns: [],
    })
    expect(sections.map((s) => s.title)).toEqual(['Trang chính', 'Đơn vị', 'Chuyên mục'])
    const main = sections[0].links.map((l) => l.url)
    expect(main).toEqual(expect.arrayContaining(['/', '/mo-hinh', '/van-ban', '/thu-vien-anh', '/lien-he', '/en', '/sitemap.xml']))
    expect(sections[1].links.map((l) => l.name)).toEqual(['Ban Dân vận Thành ủy Hà Nội', 'Ban Dân vận Tỉnh ủy Hải Dương'])
    expect(sections[1].links[0].children).toEqual([{ name: 'Liên hệ', url: '/lien-he/ban-dan-van-thanh-uy-ha-noi' }])
    expect(sections[2].links).toEqual([{ name: 'Dân vận khéo', url: '/chuyen-muc/dan-van-kheo' }])
  })
})
