import { describe, expect, it } from 'vitest'
import { newsArticleJsonLd, serializeJsonLd } from './jsonLd'

describe('newsArticleJsonLd', () => {
  it('describes a report as a NewsArticle', () => {
    const data = newsArticleJsonLd({
      headline: 'Hải Dương: Công tác dân vận năm 2023',
      description: 'Sapo',
      url: 'http://localhost:3000/bai-viet/u/s',
      datePublished: '2023-12-28T08:07:27Z',
      byline: 'Nguyễn Thị Quyên (Ban Dân vận Tỉnh ủy)',
      publisher: 'Ban Dân vận Tỉnh ủy Hải Dương',
      images: ['http://localhost:3000/api/media/file/a-social.jpg'],
      section: 'Dân vận khéo',
    })
    expect(data['@type']).toBe('NewsArticle')
    expect(data.datePublished).toBe('2023-12-28T08:07:27.000Z')
    expect(data.dateModified).toBe('2023-12-28T08:07:27.000Z')
    expect(data.author).toEqual([{ '@type': 'Person', name: 'Nguyễn Thị Quyên (Ban Dân vận Tỉnh ủy)' }])
    expect((data.publisher as { name: string }).name).toBe('Ban Dân vận Tỉnh ủy Hải Dương')
    expect(data.inLanguage).toBe('vi')
  })

  it('cuts long headlines and credits the unit when there is no byline', () => {
    const data = newsArticleJsonLd({ headline: 'x'.repeat(200), url: 'http://h/a', publisher: 'Ban', images: [] })
    expect((data.headline as string).length).toBe(110)
    expect(data.author).toEqual([{ '@type': 'Organization', name: 'Ban' }])
    expect(data.image).toBeUndefined()
  })

  it('serialises so that no text can close the script element', () => {
    const out = serializeJsonLd({ headline: '</script><script>alert(1)</script>' })
    expect(out).not.toContain('<')
    expect(JSON.parse(out).headline).toBe('</script><script>alert(1)</script>')
  })
})
