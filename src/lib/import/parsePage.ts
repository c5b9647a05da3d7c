import { extractOfficials, type OfficialMention } from './extractOfficials'
import { extractCampaigns, extractLegalDocuments, extractModels, type CampaignMention, type LegalMention, type ModelMention } from './extractReferences'
import { parseDateLine, splitTrailingDate, startOfYearVN, statedYear, type FoundDate } from './parseDate'
import { isCapitalsHeading, isChrome, isEndOfArticle, viewCountOf } from './siteChrome'

export type BodyBlock = { kind: 'paragraph' | 'heading'; text: string }

/** One old-site page read as a report: what the importer stores, before any database work. */
export type ParsedPage = {
  title: string
  /** No title line: the title was made from the opening sentence and needs an editor's eye. */
  titleDerived: boolean
  publishedAt: string | null
  dateApproximate: boolean
  byline?: string
  source?: string
  viewCount?: number
  lead: string
  body: BodyBlock[]
  captions: string[]
  /** Every article paragraph in page order (lead, body, captions): what must survive import. */
  paragraphs: string[]
  officials: OfficialMention[]
  campaigns: CampaignMention[]
  models: ModelMention[]
  legalDocuments: LegalMention[]
}

const SENTENCE_END = /[.!?…:;"”'’)\]]$/
const clean = (line: string) => line.replace(/[\s\u00A0\u200B\uFEFF]+/g, ' ').trim()
const words = (s: string) => s.split(/\s+/).filter(Boolean).length

const isBodyParagraph = (line: string) => line.length >= 100 && SENTENCE_END.test(line)
const isHeadline = (line: string) =>
  line.length >= 15 && line.length <= 300 && words(line) >= 3 && !/[.,;]$/.test(line) && !isChrome(line) && !isEndOfArticle(line) && !parseDateLine(line)

/**
 * A photo caption: a short line standing between paragraphs, with no sentence ending, or a
 * single short sentence ("Tuyên truyền, vận động nhân dân phòng chống tội phạm.").
 */
export function isCaption(text: string): boolean {
  if (text.length > 220 || isCapitalsHeading(text)) return false
  if (!SENTENCE_END.test(text)) return true
  return text.length <= 90 && text.endsWith('.') && !/[.!?]\s/.test(text.slice(0, -1))
}

/** "Sáng 24/7, Ban Dân vận ... năm 2024. Dự ..." → "Ban Dân vận ... năm 2024". */
export function titleFromLead(lead: string): string {
  const sentence = lead.split(/(?<=[.!?])\s/)[0].replace(/[.!?]$/, '')
  const withoutWhen = sentence.replace(/^(?:(?:sáng|chiều|tối|trưa|ngày|hôm nay|mới đây|vừa qua)(?:\s+(?:ngày|nay|qua))?\s*[\d/.-]*\s*,\s*)/iu, '')
  const title = withoutWhen.charAt(0).toUpperCase() + withoutWhen.slice(1)
  if (title.length <= 160) return title
  const cut = title.lastIndexOf(',', 160)
  return (cut > 60 ? title.slice(0, cut) : title.slice(0, title.lastIndexOf(' ', 157))) + '…'
}

const ORGANISATION = /^(?:theo|nguồn|ban|báo|cổng|trung tâm|sở|đài|văn phòng|phòng|ủy ban|uỷ ban|hội|mặt trận|tỉnh ủy|thành ủy|huyện ủy)\b/i
const isNameLike = (line: string) => words(line) <= 5 && line.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))
const isShortLine = (line: string) => line.length <= 80 && !/[.;:,]$/.test(line)

/**
 * The author lines an article ends with: "Nguyễn Thị Quyên (Ban Dân vận Tỉnh ủy)",
 * "(Nhóm PV, CTV t/h)", "Huy Kiên", or a name over its source ("Minh Khang" /
 * "Trung tâm VHTT và Truyền thông thành phố"). Takes them off the end of the blocks.
 */
export function takeAuthor(blocks: string[]): { byline?: string; source?: string } {
  const last = blocks[blocks.length - 1]
  const before = blocks[blocks.length - 2]
  if (blocks.length < 2 || !last || !isShortLine(last)) return {}
  if (before && isNameLike(before) && isShortLine(before) && (ORGANISATION.test(last) || isNameLike(last) === false)) {
    blocks.splice(-2)
    return { byline: before, source: last.replace(/^(theo|nguồn)\s*:?\s*/i, '') }
  }
  const source = /^(?:theo|nguồn)\s*:?\s*(.+)$/i.exec(last)
  const paren = /^\((.+)\)$/.exec(last)
  const withSource = /^(\S.+?)\s*\(([^()]+)\)$/.exec(last)
  if (!source && !paren && !(withSource && isNameLike(withSource[1])) && !isNameLike(last)) return {}
  blocks.pop()
  if (source) return { source: source[1] }
  if (paren) return { byline: paren[1] }
  if (withSource) return { byline: withSource[1], source: withSource[2] }
  return { byline: last }
}

/** "HNP - Sáng 13/1, ...": a news agency's mark before the lead, and the lead without it. */
export function splitAgencyMark(lead: string): { agency?: string; text: string } {
  const agency = /^([\p{Lu}Đ]{2,8})\s*[-–—]\s+/u.exec(lead)
  return agency ? { agency: agency[1], text: lead.slice(agency[0].length) } : { text: lead }
}

/** Reads one page of an old site (text, NFC, LF) into a report. */
export function parsePage(text: string): ParsedPage {
  const raw = text.split('\n')
  const lines = raw.map(clean)
  const nonBlank = lines.filter(Boolean).length
  // Most sites separate paragraphs with blank lines; in those, a line break inside a block is
  // a wrapped line (a caption over two lines), not a new paragraph.
  const blankSeparated = lines.filter((l, i) => l && !lines[i + 1]).length >= nonBlank * 0.5

  const firstBody = lines.findIndex(isBodyParagraph)
  const headerEnd = firstBody < 0 ? lines.length : firstBody
  let title = ''
  let date: FoundDate | null = null
  let start = 0
  let viewCount: number | undefined
  const prevNonBlank = (i: number) => { for (let j = i - 1; j >= 0; j--) if (lines[j]) return j; return -1 }
  for (let i = 0; i < headerEnd; i++) {
    const line = lines[i]
    if (!line) continue
    const count = viewCountOf(line)
    if (count !== null) { viewCount = count; start = i + 1; continue }
    const glued = splitTrailingDate(line)
    if (glued && isHeadline(glued.text)) { title = glued.text; date = glued.date; start = i + 1; break }
    const found = parseDateLine(line)
    if (found) {
      date = found
      start = i + 1
      const before = prevNonBlank(i)
      if (!title && before >= 0 && isHeadline(lines[before])) title = lines[before]
      if (title) break
      continue
    }
    if (!title && isHeadline(line) && !isCapitalsHeading(line)) {
      // a headline right after the date, or the first headline of a dateless page
      const next = lines.slice(i + 1).find(Boolean) ?? ''
      if (date || parseDateLine(next) || isBodyParagraph(next) || !lines.slice(i + 1, headerEnd).some((l) => l && isHeadline(l))) {
        title = line
        start = i + 1
        if (date) break
      }
    }
  }
  if (title && !date) {
    // the date line may follow the title
    for (let i = start; i < headerEnd; i++) {
      if (!lines[i]) continue
      const found = parseDateLine(lines[i])
      if (found) { date = found; start = i + 1 }
      else if (viewCountOf(lines[i]) !== null) { viewCount = viewCountOf(lines[i])!; start = i + 1 }
      else break
    }
  }

  // the article runs from after its title and date to the first end-of-article marker
  let end = lines.findIndex((l, i) => i >= start && l && isEndOfArticle(l))
  if (end < 0) end = lines.length
  const blocks: string[] = []
  let joinNext = false
  for (let i = start; i < end; i++) {
    const line = lines[i]
    if (!line || isChrome(line) || viewCountOf(line) !== null) { joinNext = false; continue }
    if (joinNext && blankSeparated && !SENTENCE_END.test(blocks[blocks.length - 1])) blocks[blocks.length - 1] += ' ' + line
    else blocks.push(line)
    joinNext = true
  }

  const author = takeAuthor(blocks)
  const byline = author.byline
  let source = author.source

  const body: BodyBlock[] = []
  const captions: string[] = []
  const paragraphs: string[] = []
  let lead = ''
  for (const [i, block] of blocks.entries()) {
    if (!lead && !isCaption(block)) {
      const agency = splitAgencyMark(block)
      if (agency.agency) source ??= agency.agency
      lead = agency.text
      paragraphs.push(lead)
      continue
    }
    paragraphs.push(block)
    if (isCapitalsHeading(block) && words(block) >= 2) body.push({ kind: 'heading', text: block })
    // a short last line is the article's closing sentence, not a photo's caption
    else if (isCaption(block) && i < blocks.length - 1) captions.push(block)
    else body.push({ kind: 'paragraph', text: block })
  }

  const titleDerived = !title
  if (!title) title = titleFromLead(lead)
  const allText = [title, ...paragraphs]
  const year = date ? null : statedYear(title, lead, paragraphs.join('\n'))
  return {
    title,
    titleDerived,
    publishedAt: date?.iso ?? (year ? startOfYearVN(year) : null),
    dateApproximate: !date,
    byline,
    source,
    viewCount,
    lead,
    body,
    captions,
    paragraphs,
    officials: extractOfficials(allText),
    campaigns: extractCampaigns(allText, date ? new Date(date.iso).getUTCFullYear() : (year ?? undefined)),
    models: extractModels(allText),
    legalDocuments: extractLegalDocuments(allText),
  }
}
