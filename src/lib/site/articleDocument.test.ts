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
      photos: [{ src: 'data:image/jpeg;base64,AQID', alt: 'Quang cảnh', caption: 'Quang cảnh hội nghị', credit: 'Minh Khang' }],
      officials: ['Đồng chí Trần Văn A, Trưởng Ban Dân vận Tỉnh ủy Cà Mau'],
      savedAt: new Date('2026-12-06T03:05:00Z'),
    })
    expect(html).toContain('<html lang="vi">')
    expect(html).toContain('<title>Hội nghị &lt;sơ kết&gt; &quot;Dân vận khéo&quot;</title>')
    expect(html).toContain('13/01/2022 14:23 — Ban Dân vận Tỉnh ủy Cà Mau')
    expect(html).toContain('<p>Nội dung</p>')
    expect(html).toContain('<img src="data:image/jpeg;base64,AQID" alt="Quang cảnh">')
    expect(html).toContain('<figcaption>Quang cảnh hội nghị <span class="credit">Ảnh: Minh Khang</span></figcaption>')
    expect(html).toContain('Lưu từ <a href="http://localhost:3000/bai-viet/u/s">http://localhost:3000/bai-viet/u/s</a> ngày 06/12/2026 10:05')
    expect(html).toContain('Nguồn: Trung tâm VHTT và Truyền thông thành phố')
    expect(html).toContain('Đồng chí Trần Văn A')
  })

  it('keeps a photo that could not be embedded as its caption and credit only, never as a link', () => {
    const html = articleDocument({ title: 'T', url: 'https://a.vn/x', unitName: 'U', bodyHtml: '', photos: [{ src: null, alt: 'A', caption: 'Chú thích', credit: null }], officials: [] })
    expect(html).not.toMatch(/<img/)
    expect(html).toContain('<figcaption>Chú thích</figcaption>')
  })

  it('names the download in ASCII and in UTF-8', () => {
    expect(attachmentHeader('hội-nghị "a".html')).toBe(`attachment; filename="hoi-nghi _a_.html"; filename*=UTF-8''h%E1%BB%99i-ngh%E1%BB%8B%20%22a%22.html`)
  })
})
