import { describe, expect, it } from 'vitest'
import { decodeEntities, htmlToText, looksLikeHtml } from './htmlToText'

describe('htmlToText', () => {
  it('keeps the article and drops scripts, navigation and footers', () => {
    const html = `<html><head><title>Cổng</title><script>var p = "<p>x</p>"</script></head><body>
      <nav><a href="/">Trang chủ</a></nav><article><h1>Tiêu đề bài</h1><p>Đoạn một
      viết trên hai dòng.</p><p>Chú thích<br>dòng hai</p></article><footer>Bản quyền</footer></body></html>`
    expect(htmlToText(html)).toBe('Tiêu đề bài\n\nĐoạn một viết trên hai dòng.\n\nChú thích\ndòng hai')
  })
  it('decodes named, decimal and hex entities into Vietnamese letters', () => {
    expect(decodeEntities('D&acirc;n v&#7853;n &#x6B;h&eacute;o &ldquo;&amp;&rdquo; &nbsp;&unknown;')).toBe('Dân vận khéo “&” \u00A0&unknown;')
    expect(decodeEntities('&Ocirc;ng &agrave;')).toBe('Ông à')
  })
  it('tells HTML from text', () => {
    expect(looksLikeHtml('<p>Xin chào</p>')).toBe(true)
    expect(looksLikeHtml('Giá trị a < b và c > d')).toBe(false)
  })
})
