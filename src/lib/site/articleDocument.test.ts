import { describe, expect, it } from 'vitest'
import { articleDocument, attachmentHeader } from './articleDocument'

describe('articleDocument', () => {
  it('keeps the whole article in one escaped HTML file', () => {
    const html = articleDocument({
      title: 'Hội nghị <sơ kết> "Dân vận khéo"',
      url: 'http://localhost:3000/bai-viet/u/s',
      unitName: 'Ban Dân vận Tỉnh ủy Cà Mau',
      publishedAt: '2022-01-13T07:23:00Z',
      byline: 'Huy Kiên',
      source: 'Trung tâm VHTT và Truyền thông thành phố',
      lead: 'Sapo',
      bodyHtml: '<p>Nội dung</p>',
      photos: [{ src: 'http://localhost:3000/api/media/file/a.jpg', alt: 'Quang cảnh', caption: 'Quang cảnh hội nghị' }],
      officials: ['Đồng chí Trần Văn A, Trưởng Ban Dân vận Tỉnh ủy Cà Mau'],
    })
    expect(html).toContain('<html lang="vi">')
    expect(html).toContain('<title>Hội nghị &lt;sơ kết&gt; &quot;Dân vận khéo&quot;</title>')
    expect(html).toContain('13/01/2022 14:23 — Ban Dân vận Tỉnh ủy Cà Mau')
    expect(html).toContain('<p>Nội dung</p>')
    expect(html).toContain('<figcaption>Quang cảnh hội nghị</figcaption>')
    expect(html).toContain('Nguồn: Trung tâm VHTT và Truyền thông thành phố')
    expect(html).toContain('Đồng chí Trần Văn A')
  })

  it('names the download in ASCII and in UTF-8', () => {
    expect(attachmentHeader('hội-nghị "a".html')).toBe(`attachment; filename="hoi-nghi _a_.html"; filename*=UTF-8''h%E1%BB%99i-ngh%E1%BB%8B%20%22a%22.html`)
  })
})
