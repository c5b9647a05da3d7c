// @vitest-environment happy-dom
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { classifyMarker, cleanWordHtml, isWordHtml } from './cleanWordHtml'

/** Clipboard HTML as Word 2016/365 puts it there (see tests/fixtures/word). */
const fixture = (name: string) => fs.readFileSync(path.join(process.cwd(), 'tests/fixtures/word', name), 'utf8')

/** Word's own clipboard: CRLF line ends, lines wrapped inside tags and text. */
const crlf = (html: string) => html.replace(/\r?\n/g, '\r\n')

const REPORT = [
  '<p><strong>Ngày 15/12/2024</strong>, Ban Dân vận Tỉnh ủy Hải Dương tổ chức hội nghị tổng kết phong trào thi đua <em>“Dân vận khéo”</em> giai đoạn 2021 - 2024, với <strong>126 mô hình</strong> được công nhận.</p>',
  '<ul><li>Tổ Covid cộng đồng<ul><li>Phường Trần Phú</li><li>Xã Gia Xuyên<ul><li>Thôn Phú Lương: <em>“Dòng họ học tập”</em></li></ul></li></ul></li><li>Vùng xanh an toàn</li></ul>',
  '<h2>Kết quả nổi bật</h2>',
  '<ol><li><strong>Tuyên truyền, vận động</strong><ol><li>Tổ chức 24 hội nghị, thu hút <strong>3.500</strong> lượt người tham dự;</li><li>Phát hành <em>Bản tin Dân vận</em> hằng quý.</li></ol></li><li><strong>Xây dựng mô hình</strong> “Dân vận khéo” ở cơ sở.</li></ol>',
  '<table><tbody>',
  '<tr><td><strong>Lĩnh vực</strong></td><td><strong>Số mô hình</strong></td><td><strong>Ghi chú</strong></td></tr>',
  '<tr><td>Kinh tế</td><td>54</td><td>Tăng 12 mô hình</td></tr>',
  '<tr><td>Văn hóa - xã hội</td><td>72</td><td><em>Trong đó 5 mô hình cấp tỉnh</em><br>(xem phụ lục)</td></tr>',
  '</tbody></table>',
  '<p>Xem toàn văn báo cáo tại <a href="https://danvan.haiduong.gov.vn/bao-cao-tong-ket-2024">Cổng thông tin Ban Dân vận</a>.</p>',
  '<p><strong>Nguyễn Thị Quyên</strong></p>',
].join('')

const VARIANTS = [
  // a numbered heading keeps its number as text
  '<h1>I. KẾT QUẢ ĐẠT ĐƯỢC</h1>',
  // dash and Wingdings bullets of one list; an unnumbered list paragraph continues its item
  '<ul><li><strong>Về kinh tế: </strong>phát triển nông nghiệp sạch.<br>Nhiều hộ đã thoát nghèo bền vững.</li><li>Về văn hóa - xã hội.</li></ul>',
  '<p>Đoạn xen giữa danh sách.</p>',
  // numbering that goes on after a paragraph starts where Word had it
  '<ol start="3"><li>Mục thứ ba[1], diện tích 2.000 m<sup>2</sup>.</li></ol>',
  // numbering with words in it is kept as written
  '<p><strong>Điều 1. Phạm vi điều chỉnh</strong></p>',
  '<table><tbody><tr><td colspan="2"><strong>Kết quả năm 2024</strong></td></tr><tr><td>Mô hình mới</td><td><u>18</u></td></tr></tbody></table>',
].join('')

describe('cleanWordHtml: real Word clipboard content', () => {
  it('turns a Word 2016 report into nested lists, a table, bold and italic, and nothing of Word', () => {
    const html = fixture('bao-cao-word2016.html')
    expect(isWordHtml(html)).toBe(true)
    const clean = cleanWordHtml(html)
    expect(clean).toBe(REPORT)
    expect(clean).not.toMatch(/[·§]|mso|class=|style=|lang=|&nbsp;|\u00a0|<o:p|<span|<p><\/p>/i)
  })

  it('reads Word’s CRLF clipboard the same way', () => {
    expect(cleanWordHtml(crlf(fixture('bao-cao-word2016.html')))).toBe(REPORT)
  })

  it('reads Outlook-style comment markers, NFD text, hidden text, footnote marks, merged cells and literal numbering', () => {
    const html = fixture('variants.nfd.html')
    expect(html.normalize('NFC')).not.toBe(html) // the fixture really is NFD
    const clean = cleanWordHtml(crlf(html))
    expect(clean).toBe(VARIANTS)
    expect(clean.normalize('NFC')).toBe(clean)
    expect(clean).not.toContain('ẩn') // display:none text
  })
})

describe('cleanWordHtml: details', () => {
  const word = (body: string) => `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>${body}</body></html>`
  const item = (level: number, marker: string, text: string, list = 'l0 lfo1', font = '') =>
    `<p class=MsoListParagraph style='mso-list:${list.replace(' ', ` level${level} `)}'><![if !supportLists]><span${font ? ` style='font-family:${font}'` : ''}><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>${text}<o:p></o:p></span></p>`

  it('a level skipped nests under the item above; going back closes the deeper lists', () => {
    expect(cleanWordHtml(word(item(1, '·', 'Một', 'l0 lfo1', 'Symbol') + item(3, '§', 'Ba', 'l0 lfo1', 'Wingdings') + item(1, '·', 'Hai', 'l0 lfo1', 'Symbol')))).toBe(
      '<ul><li>Một<ul><li>Ba</li></ul></li><li>Hai</li></ul>',
    )
  })

  it('a bullet list followed by a numbered one at the same level makes two lists', () => {
    expect(cleanWordHtml(word(item(1, '-', 'Gạch đầu dòng') + item(1, '1.', 'Đánh số', 'l1 lfo2')))).toBe('<ul><li>Gạch đầu dòng</li></ul><ol><li>Đánh số</li></ol>')
  })

  it('an empty list item is dropped, its list kept', () => {
    expect(cleanWordHtml(word(item(1, '1.', 'Một') + item(1, '2.', '&nbsp;') + item(1, '3.', 'Ba')))).toBe('<ol><li>Một</li><li>Ba</li></ol>')
  })

  it('bold and italic written as styles; a bold run turned off inside; unsafe links unwrapped', () => {
    const html = word(
      `<p class=MsoNormal><span style='font-weight:700'>Đậm</span> <span style='font-style:italic'>nghiêng</span> <b>đậm <span style='font-weight:normal'>thường</span></b> <a href="javascript:alert(1)">liên kết</a> <a href="file:///C:/a.docx">tệp</a> <a name="_Toc1">mốc</a></p>`,
    )
    expect(cleanWordHtml(html)).toBe('<p><strong>Đậm</strong> <em>nghiêng</em> <strong>đậm </strong>thường liên kết tệp mốc</p>')
  })

  it('spaces: runs of &nbsp; and source line breaks collapse, one typed &nbsp; between words stays', () => {
    expect(cleanWordHtml(word(`<p class=MsoNormal>&nbsp;&nbsp;TP.&nbsp;Hà\r\nNội<span style='mso-spacerun:yes'>&nbsp;&nbsp; </span>ngày&nbsp; 21/6&nbsp;</p>`))).toBe('<p>TP.&nbsp;Hà Nội ngày 21/6</p>')
  })

  it('empty paragraphs, page breaks, images and VML shapes leave nothing behind', () => {
    const html = word(
      `<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal><span><br clear=all style='page-break-before:always'></span></p><p class=MsoNormal><!--[if gte vml 1]><v:shape id="Picture_x0020_1"><v:imagedata src="file:///C:/clip_image001.png" o:title=""/></v:shape><![endif]--><![if !vml]><img width=300 height=200 src="file:///C:/clip_image002.jpg" v:shapes="Picture_x0020_1"><![endif]></p><p class=MsoNormal>Chữ</p>`,
    )
    expect(cleanWordHtml(html)).toBe('<p>Chữ</p>')
  })

  it('a line break (Shift+Enter) inside a paragraph stays; Word’s doubled one at its end goes', () => {
    expect(cleanWordHtml(word(`<p class=MsoNormal>Dòng một<br>Dòng hai<br style='mso-special-character:line-break'><![if !supportLineBreakNewLine]><br style='mso-special-character:line-break'><![endif]></p>`))).toBe('<p>Dòng một<br>Dòng hai</p>')
  })

  it('HTML that already has lists keeps them', () => {
    expect(cleanWordHtml('<ul class=MsoList><li style="mso-x:1">Một<ul><li>Một một</li></ul></li><li><p>Hai</p></li></ul><ol start="4"><li>Bốn</li></ol>')).toBe(
      '<ul><li>Một<ul><li>Một một</li></ul></li><li>Hai</li></ul><ol start="4"><li>Bốn</li></ol>',
    )
  })
})

describe('isWordHtml', () => {
  it('knows Word, Outlook and Excel clipboard HTML, and nothing else', () => {
    expect(isWordHtml(fixture('variants.nfd.html'))).toBe(true)
    expect(isWordHtml('<p class=MsoNormal>a</p>')).toBe(true)
    expect(isWordHtml('<table><tr><td class=xl65>1</td></tr></table>')).toBe(true)
    expect(isWordHtml('<meta charset="utf-8"><p>Trang web <b>bình thường</b></p>')).toBe(false)
    expect(isWordHtml('<p style="margin:0">Google Docs</p>')).toBe(false)
  })
})

describe('classifyMarker', () => {
  it('bullets from their glyph or symbol font, numbers with where they start, anything else literal', () => {
    expect(classifyMarker('·', 'symbol')).toEqual({ kind: 'bullet' })
    expect(classifyMarker('o', '"courier new"')).toEqual({ kind: 'bullet' })
    expect(classifyMarker('§', 'wingdings')).toEqual({ kind: 'bullet' })
    expect(classifyMarker('v', 'wingdings')).toEqual({ kind: 'bullet' })
    expect(classifyMarker('-\u00a0\u00a0', '')).toEqual({ kind: 'bullet' })
    expect(classifyMarker('1.', '')).toEqual({ kind: 'number', start: 1 })
    expect(classifyMarker('12)', '')).toEqual({ kind: 'number', start: 12 })
    expect(classifyMarker('c.', '')).toEqual({ kind: 'number', start: 3 })
    expect(classifyMarker('iv.', '')).toEqual({ kind: 'number', start: 4 })
    expect(classifyMarker('(2)', '')).toEqual({ kind: 'number', start: 2 })
    expect(classifyMarker('1.1.', '')).toEqual({ kind: 'literal' })
    expect(classifyMarker('Điều 1.', '')).toEqual({ kind: 'literal' })
  })
})
