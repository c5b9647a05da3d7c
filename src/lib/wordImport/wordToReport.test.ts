import fs from 'node:fs'
import path from 'node:path'
import { Paragraph, TextRun } from 'docx'
import { describe, expect, it } from 'vitest'
import { SEED_PAGES, seedLine } from '../../../tests/fixtures/seedPages'
import { captionLine, noisyDocx, pack, photoRun, seedDocx, structuredDocx } from '../../../tests/fixtures/wordDocx'
import { inspectDocx } from './inspectDocx'
import { readDocx } from './readDocx'
import { wordBodyToLexical } from './toLexical'
import { summarise, wordToReport } from './wordToReport'

const lines = (file: string) => fs.readFileSync(path.resolve('seed/documents', file), 'utf8').split('\n')
type Node = { type: string; tag?: string; text?: string; format?: number; children?: Node[]; listType?: string; fields?: { url?: string }; value?: unknown; headerState?: number; indent?: number }
const textOf = (n: Node): string => (n.type === 'text' ? (n.text ?? '') : (n.children ?? []).map(textOf).join(''))

describe('wordToReport on the seed pages written in Word', () => {
  for (const expected of SEED_PAGES) {
    it(expected.file, async () => {
      const report = wordToReport(await readDocx(inspectDocx(await seedDocx(expected))))
      const text = lines(expected.file)
      const article = expected.article.map((ref) => seedLine(text, ref))
      if (expected.leadPrefix) article[0] = article[0].slice(expected.leadPrefix.length)
      const captions = expected.captions.map((ref) => seedLine(text, ref))
      // every paragraph in order, nothing else
      expect(report.paragraphs).toEqual(article)
      expect(report.title).toBe(expected.title)
      expect(report.titleFrom).toBe(expected.titleDerived ? 'lead' : 'title')
      expect(report.publishedAt).toBe(expected.dateApproximate ? null : expected.publishedAt)
      expect(report.byline).toBe(expected.byline)
      expect(report.source).toBe(expected.source)
      expect(report.lead).toBe(article.find((p) => !captions.includes(p)))
      // each caption with its photo, in order
      expect(report.photos.map((p) => p.caption)).toEqual(captions)
      expect(report.photos.every((p) => !p.credit)).toBe(true)
      expect(Object.fromEntries(report.officials.map((o) => [o.name, o.titles]))).toEqual(expected.officials)
      expect(report.legalDocuments.map((d) => d.number)).toEqual(expected.legalDocuments)
      expect(report.models.map((m) => m.name)).toEqual(expected.models)
      expect(report.campaigns.map((c) => c.name).sort()).toEqual([...expected.campaigns].sort())
      // the photo stands where it stood: before the paragraph that followed its caption
      const body = wordBodyToLexical(report.body, new Map(report.photos.map((p) => [p.index, 100 + p.index]))).root.children as Node[]
      const bodyTexts = body.map((n) => (n.type === 'upload' ? `[${String(n.value)}]` : textOf(n)))
      const expectedBody = article.filter((p) => p !== report.lead).map((p) => (captions.includes(p) ? `[${100 + captions.indexOf(p)}]` : p))
      expect(bodyTexts).toEqual(expectedBody)
    })
  }
})

describe('wordToReport on structure', () => {
  it('keeps headings, formats, links, quotes, nested lists and tables', async () => {
    const report = wordToReport(await readDocx(inspectDocx(await structuredDocx())))
    expect(report.title).toBe('Kết quả thực hiện Quy chế dân chủ ở cơ sở năm 2024')
    expect(report.lead).toMatch(/^Năm 2024, Ban Dân vận/)
    const body = wordBodyToLexical(report.body, new Map()).root.children as Node[]
    expect(body.map((n) => n.type)).toEqual(['heading', 'paragraph', 'list', 'paragraph', 'list', 'quote', 'table', 'paragraph'])
    expect(body[0]).toMatchObject({ tag: 'h2' })
    const formats = Object.fromEntries((body[1].children ?? []).map((n) => [textOf(n), n.type === 'link' ? n.fields?.url : n.format]))
    expect(formats).toMatchObject({ '126 mô hình': 1, 'vượt kế hoạch': 2, 'đúng tiến độ': 8, 'Cổng thông tin': 'https://dangcongsan.vn/dan-van' })
    // bullets three deep: a nested list sits alone in a list item of its parent
    const bullets = body[2]
    expect(bullets).toMatchObject({ listType: 'bullet', tag: 'ul' })
    const [kinhTe, nested, vanHoa] = bullets.children!
    expect(textOf(kinhTe)).toBe('Kinh tế')
    expect(nested.children![0]).toMatchObject({ type: 'list', listType: 'bullet' })
    expect(nested.children![0].children!.map(textOf)).toEqual(['Nông nghiệp', 'Trồng trọt', 'Du lịch'])
    expect(nested.children![0].children![1].children![0].children!.map(textOf)).toEqual(['Trồng trọt'])
    expect(textOf(vanHoa)).toBe('Văn hóa - xã hội')
    expect(body[4]).toMatchObject({ listType: 'number', tag: 'ol' })
    expect(body[4].children!.map(textOf)).toEqual(['Khảo sát', 'Lập danh sách', 'Tổng kết'])
    const rows = body[6].children!
    expect(rows.map((r) => r.children!.map(textOf))).toEqual([['Lĩnh vực', 'Số mô hình', 'Tỷ lệ'], ['Kinh tế', '52', '41%'], ['Văn hóa - xã hội', '74', '59%']])
    expect(rows[0].children![0].headerState).toBe(1)
    expect(rows[1].children![0].headerState).toBe(0)
    expect(report.models.map((m) => m.name)).toEqual([])
    expect(report.paragraphs).toContain('Trồng trọt')
    expect(report.paragraphs).toContain('59%')
  })

  it('drops Word noise and keeps the text as written, NFC', async () => {
    const doc = await readDocx(inspectDocx(await noisyDocx()))
    const report = wordToReport(doc)
    expect(report.title).toBe('Hội nghị giao ban công tác dân vận quý III')
    expect(report.titleFrom).toBe('heading')
    expect(report.lead).toBe('Sáng 20/9, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban quý III, đánh giá kết quả công tác.')
    expect(report.lead).toBe(report.lead.normalize('NFC'))
    expect(report.paragraphs).toEqual([
      report.lead,
      'Trang',
      'Hội nghị đã thảo luận về công tác dân vận chính quyền.20/09/2024',
      'Các đại biểu thống nhất các nhiệm vụ trọng tâm quý IV.',
    ])
    expect(report.paragraphs.join(' ')).not.toMatch(/Kiểm tra lại|bản cũ|Số liệu của Văn phòng|\u200B/)
    expect(summarise(report).toCheck).toContain('1 chú thích cuối trang không được chuyển vào bài.')
  })

  it('reads a caption with its credit, a credit line, alt text, and flags a photo without caption', async () => {
    const report = wordToReport(
      await readDocx(
        inspectDocx(await pack([
          new Paragraph({ children: [new TextRun({ text: 'Bắc Ninh: Tổng kết công tác dân vận năm 2024', bold: true })] }),
          new Paragraph('Sáng 24/12, Ban Dân vận Thành ủy tổ chức hội nghị tổng kết công tác năm 2024 với sự tham dự của nhiều đại biểu.'),
          new Paragraph({ children: [await photoRun('Đại biểu dự hội nghị tại hội trường')] }),
          captionLine('Quang cảnh hội nghị. (Ảnh: Minh Khang)'),
          new Paragraph({ children: [await photoRun()] }),
          captionLine('Đồng chí Trưởng ban phát biểu'),
          new Paragraph({ children: [new TextRun({ text: 'Ảnh: Huy Kiên', italics: true })] }),
          new Paragraph({ children: [await photoRun('Picture 3')] }),
          new Paragraph('Hội nghị đã biểu dương nhiều tập thể, cá nhân có thành tích xuất sắc trong công tác dân vận năm 2024.'),
          new Paragraph('Huy Kiên'),
        ])),
      ),
    )
    expect(report.titleFrom).toBe('bold')
    expect(report.title).toBe('Bắc Ninh: Tổng kết công tác dân vận năm 2024')
    expect(report.byline).toBe('Huy Kiên')
    expect(report.photos.map(({ caption, credit, alt }) => ({ caption, credit, alt }))).toEqual([
      { caption: 'Quang cảnh hội nghị', credit: 'Minh Khang', alt: 'Đại biểu dự hội nghị tại hội trường' },
      { caption: 'Đồng chí Trưởng ban phát biểu', credit: 'Huy Kiên', alt: undefined },
      { caption: undefined, credit: undefined, alt: undefined },
    ])
    const { toCheck } = summarise(report, [{ index: 1, reason: 'Ảnh động không được nhận.' }])
    expect(toCheck).toEqual(expect.arrayContaining(['Ảnh 3 chưa có chú thích.', 'Ảnh 2 bị bỏ qua: Ảnh động không được nhận.']))
  })
})
