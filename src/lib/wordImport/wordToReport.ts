import { extractOfficials, type OfficialMention } from '../import/extractOfficials'
import { extractCampaigns, extractLegalDocuments, extractModels, type CampaignMention, type LegalMention, type ModelMention } from '../import/extractReferences'
import { parseDateLine, splitTrailingDate } from '../import/parseDate'
import { isCaption, splitAgencyMark, takeAuthor, titleFromLead } from '../import/parsePage'
import { isCapitalsHeading } from '../import/siteChrome'
import type { InlineText, WordBlock, WordDocument, WordImage, WordParagraph, WordTable } from './readDocx'

/** A photo of the document with what stood around it. */
export type WordPhoto = { index: number; image: WordImage; caption?: string; credit?: string; alt?: string }

/** What the body is made of, in order; photos are placed by index once they are stored. */
export type BodyItem =
  | { kind: 'paragraph'; inline: InlineText[] }
  | { kind: 'heading'; level: number; inline: InlineText[] }
  | { kind: 'quote'; inline: InlineText[] }
  | { kind: 'listItem'; level: number; ordered: boolean; inline: InlineText[] }
  | { kind: 'table'; table: WordTable }
  | { kind: 'photo'; index: number }

export type TitleSource = 'title' | 'heading' | 'bold' | 'lead'

/** A Word document read as a report, before any database work. */
export type WordReport = {
  title: string
  titleFrom: TitleSource
  publishedAt: string | null
  byline?: string
  source?: string
  lead: string
  body: BodyItem[]
  photos: WordPhoto[]
  /** Every paragraph of the article in order (lead, body, list items, table cells, captions): what must survive. */
  paragraphs: string[]
  officials: OfficialMention[]
  campaigns: CampaignMention[]
  models: ModelMention[]
  legalDocuments: LegalMention[]
  tables: number
  /** Columns of the widest table: more than fit on a phone is worth a look. */
  widestTable: number
  footnotes: number
}

/** More columns than a 390-px phone shows side by side. */
export const PHONE_TABLE_COLUMNS = 4

const words = (s: string) => s.split(/\s+/).filter(Boolean).length
const isPara = (b: WordBlock | undefined): b is WordParagraph => b?.kind === 'paragraph'
const isPlain = (b: WordBlock | undefined): b is WordParagraph => isPara(b) && !b.list && (b.style === 'normal' || b.style === 'caption')
const allBold = (p: WordParagraph) => p.inline.every((i) => i.format & 1)
const isHeadlineLike = (text: string) => text.length >= 10 && text.length <= 300 && words(text) >= 3 && !/[.,;:]$/.test(text)
// "Ảnh: Minh Khang", "(Ảnh: Huy Kiên)", "Ảnh: TTXVN"
const CREDIT_LINE = /^\(?\s*Ảnh\s*:\s*(.+?)\s*\)?\.?$/iu
// a caption ending with its credit: "Quang cảnh hội nghị. (Ảnh: Minh Khang)", "… - Ảnh: Huy Kiên"
const TRAILING_CREDIT = /^(.*?)[\s.,;–—-]*\(?\s*Ảnh\s*:\s*([^()]+?)\s*\)?\.?$/iu

/** The line under a photo that is its caption: Word's Caption style, or a short line (often italic or centred). */
function isPhotoCaption(p: WordBlock | undefined): p is WordParagraph {
  if (!isPlain(p)) return false
  if (p.style === 'caption') return true
  return isCaption(p.text) || (p.text.length <= 220 && (p.align === 'center' || p.inline.every((i) => i.format & 2)))
}

function splitCredit(text: string): { caption?: string; credit?: string } {
  const only = CREDIT_LINE.exec(text)
  if (only && !/[.!?]\s/.test(only[1])) return { credit: only[1] }
  const trailing = TRAILING_CREDIT.exec(text)
  if (trailing && trailing[1]) return { caption: trailing[1], credit: trailing[2] }
  return { caption: text }
}

/** Word writes "Description automatically generated" alt texts by itself: not the author's. */
const isMachineAlt = (alt: string) => /automatically generated|được tạo tự động|^(picture|image|hình|ảnh)\s*\d*$/i.test(alt)

function cellTexts(table: WordTable): string[] {
  const out: string[] = []
  for (const row of table.rows) for (const cell of row.cells) for (const b of cell.blocks) if (b.kind === 'paragraph') out.push(b.text)
  return out
}

/** A stand-in for what cannot be an author line (a photo, a table, a list, a caption): long and ending a sentence. */
const NOT_AUTHOR = '\u2060'.repeat(100) + '.'

const columnsOf = (table: WordTable) => Math.max(0, ...table.rows.map((r) => r.cells.reduce((n, c) => n + Math.max(1, c.colSpan), 0)))

/**
 * Reads a Word document as a report with the old-site importer's own rules (parsePage,
 * parseDate, the extractors): title from the Title style, the first heading or a bold first
 * line, else made from the lead and flagged; the date line near the top; byline and source at
 * the end; the first paragraph as the lead; each photo with the short line under it as its
 * caption and "Ảnh: …" as its credit.
 */
export function wordToReport(doc: WordDocument): WordReport {
  const blocks = doc.blocks.filter((b) => b.kind !== 'paragraph' || b.text)
  const used = new Set<WordBlock>()

  // the lead is the first ordinary paragraph that is neither a caption under a photo nor a date line
  const leadAt = blocks.findIndex((b, i) => isPlain(b) && b.style !== 'caption' && !(blocks[i - 1]?.kind === 'image' && isPhotoCaption(b)) && !parseDateLine(b.text) && !(allBold(b) && isHeadlineLike(b.text) && !blocks.slice(0, i).some(isPara)))
  const head = leadAt < 0 ? blocks : blocks.slice(0, leadAt)

  let title = ''
  let titleFrom: TitleSource = 'lead'
  let date: string | null = null
  const titleBlock =
    (head.find((b) => isPara(b) && b.style === 'title') as WordParagraph | undefined) ??
    (head.find((b) => isPara(b) && b.style === 'heading') as WordParagraph | undefined) ??
    (head.find((b) => isPara(b) && !b.list && allBold(b) && isHeadlineLike(b.text)) as WordParagraph | undefined)
  if (titleBlock) {
    used.add(titleBlock)
    titleFrom = titleBlock.style === 'title' ? 'title' : titleBlock.style === 'heading' ? 'heading' : 'bold'
    const glued = splitTrailingDate(titleBlock.text)
    title = glued ? glued.text : titleBlock.text
    if (glued) date = glued.date.iso
  }
  for (const b of head) {
    if (!isPara(b) || used.has(b) || date) continue
    const found = parseDateLine(b.text)
    if (found) {
      date = found.iso
      used.add(b)
    }
  }

  // byline and source: the author lines the article ends with, read as parsePage reads them
  const underPhoto = (i: number) => blocks[i - 1]?.kind === 'image' || (blocks[i - 2]?.kind === 'image' && CREDIT_LINE.test((blocks[i] as WordParagraph).text))
  const tail = blocks.map((b, i) => (isPlain(b) && !used.has(b) && !underPhoto(i) ? b.text : NOT_AUTHOR))
  const before = tail.length
  const author = takeAuthor(tail)
  for (const b of blocks.slice(tail.length, before)) used.add(b)

  let lead = ''
  let source = author.source
  const leadBlock = leadAt >= 0 && !used.has(blocks[leadAt]) ? (blocks[leadAt] as WordParagraph) : undefined
  if (leadBlock) {
    const agency = splitAgencyMark(leadBlock.text)
    lead = agency.text
    if (agency.agency) source ??= agency.agency
  }

  const body: BodyItem[] = []
  const photos: WordPhoto[] = []
  const paragraphs: string[] = []
  let tables = 0
  let widestTable = 0
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]
    if (used.has(b)) continue
    if (b === leadBlock) {
      paragraphs.push(lead)
      continue
    }
    if (b.kind === 'image') {
      const photo: WordPhoto = { index: photos.length, image: b, alt: b.altText && !isMachineAlt(b.altText) ? b.altText : undefined }
      const next = blocks[i + 1]
      if (!used.has(next) && isPhotoCaption(next)) {
        Object.assign(photo, splitCredit(next.text))
        used.add(next)
        paragraphs.push(next.text)
        const after = blocks[i + 2]
        if (!photo.credit && isPlain(after) && !used.has(after)) {
          const credit = CREDIT_LINE.exec(after.text)
          if (credit) {
            photo.credit = credit[1]
            used.add(after)
            paragraphs.push(after.text)
          }
        }
      }
      photos.push(photo)
      body.push({ kind: 'photo', index: photo.index })
      continue
    }
    if (b.kind === 'table') {
      tables++
      widestTable = Math.max(widestTable, columnsOf(b))
      paragraphs.push(...cellTexts(b))
      body.push({ kind: 'table', table: b })
      continue
    }
    paragraphs.push(b.text)
    if (b.list) body.push({ kind: 'listItem', level: b.list.level, ordered: b.list.ordered, inline: b.inline })
    else if (b.style === 'heading' || b.style === 'title') body.push({ kind: 'heading', level: b.level ?? 1, inline: b.inline })
    else if (b.style === 'quote') body.push({ kind: 'quote', inline: b.inline })
    // a line in capitals ("I. KẾT QUẢ ĐẠT ĐƯỢC") is a heading, as the old-site importer reads it
    else if (isCapitalsHeading(b.text) && words(b.text) >= 2) body.push({ kind: 'heading', level: 2, inline: b.inline })
    else body.push({ kind: 'paragraph', inline: b.inline })
  }

  if (!title) title = lead ? titleFromLead(lead) : (paragraphs[0] ?? '')
  const allText = [title, ...paragraphs]
  return {
    title,
    titleFrom: title && titleBlock ? titleFrom : 'lead',
    publishedAt: date,
    byline: author.byline,
    source,
    lead,
    body,
    photos,
    paragraphs,
    officials: extractOfficials(allText),
    campaigns: extractCampaigns(allText, date ? new Date(date).getUTCFullYear() : undefined),
    models: extractModels(allText),
    legalDocuments: extractLegalDocuments(allText),
    tables,
    widestTable,
    footnotes: doc.footnotes,
  }
}

/** What an editor is told after the import: what was recognised, and what needs a look. */
export type ImportSummary = { recognised: string[]; toCheck: string[] }

export function summarise(report: WordReport, skipped: { index: number; reason: string }[] = []): ImportSummary {
  const stored = report.photos.filter((p) => !skipped.some((s) => s.index === p.index))
  const count = (n: number, what: string) => `${n} ${what}`
  const recognised = [
    `Tiêu đề: "${report.title}"${report.titleFrom === 'title' ? ' (kiểu Tiêu đề của Word)' : report.titleFrom === 'heading' ? ' (đề mục đầu tiên)' : report.titleFrom === 'bold' ? ' (dòng in đậm đầu tiên)' : ''}`,
    report.lead ? 'Sapo: đoạn đầu tiên' : '',
    count(report.paragraphs.length, 'đoạn'),
    count(stored.length, 'ảnh') + (stored.length ? `, ${stored.filter((p) => p.caption).length} có chú thích` : ''),
    report.tables ? count(report.tables, 'bảng') : '',
    report.publishedAt ? `Ngày: ${new Date(report.publishedAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' })}` : '',
    report.byline ? `Tác giả: ${report.byline}` : '',
    report.source ? `Nguồn: ${report.source}` : '',
    report.officials.length ? count(report.officials.length, 'cán bộ') : '',
    report.campaigns.length ? count(report.campaigns.length, 'phong trào, cuộc vận động') : '',
    report.models.length ? count(report.models.length, 'mô hình') : '',
    report.legalDocuments.length ? count(report.legalDocuments.length, 'văn bản') : '',
  ].filter(Boolean)
  const toCheck: string[] = []
  if (report.titleFrom === 'lead') toCheck.push('Tài liệu không có tiêu đề: tiêu đề được tạo từ câu mở đầu, cần xác nhận.')
  if (!report.lead) toCheck.push('Không tìm thấy đoạn mở đầu (sapo).')
  if (!report.publishedAt) toCheck.push('Tài liệu không ghi ngày: ngày đăng để trống.')
  for (const p of stored) if (!p.caption) toCheck.push(`Ảnh ${p.index + 1} chưa có chú thích.`)
  for (const s of skipped) toCheck.push(`Ảnh ${s.index + 1} bị bỏ qua: ${s.reason}`)
  if (report.widestTable > PHONE_TABLE_COLUMNS) toCheck.push(`Có bảng ${report.widestTable} cột, quá rộng cho điện thoại (người đọc phải kéo ngang).`)
  if (report.footnotes) toCheck.push(`${report.footnotes} chú thích cuối trang không được chuyển vào bài.`)
  return { recognised, toCheck }
}
