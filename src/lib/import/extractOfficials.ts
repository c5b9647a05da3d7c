import { titleKey } from '../officials/titleKey'
import { FAMILY_NAMES, PLACES_LIKE_NAMES } from './vietnameseNames'

/** An official as a page introduces them: the name and the titles stated beside it. */
export type OfficialMention = { name: string; titles: string[] }

const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]*`
/** A run of capitalised words; the person's name is found inside it (a title's place may run into it). */
const RUN = new RegExp(String.raw`(?<![\p{L}\p{M}])${WORD}(?:\s+${WORD})*(?![\p{L}\p{M}])`, 'gu')

/** Words a title starts with ("Phó Trưởng ban Thường trực...", "Ủy viên BCH Trung ương Đảng"). */
const TITLE_START = new RegExp(
  String.raw`(?:^|\s)((?:Phó\s+)?(?:Ủy viên|Uỷ viên|Tổng Bí thư|Bí thư|Trưởng ban|Trưởng Ban|Trưởng đoàn|Trưởng phòng|Trưởng|Chủ tịch|Giám đốc|Thường trực|Chủ nhiệm|Bộ trưởng|Thứ trưởng|Thủ tướng|Chánh|Vụ trưởng|Cục trưởng|Tổng biên tập|Tổng Thư ký|Đại biểu Quốc hội|Chỉ huy trưởng|Tư lệnh|Chính ủy|Hiệu trưởng|Viện trưởng))(?=\s|$)`,
  // TCVN3 pages carry no accented capitals ("ủy viên"), so case is not significant
  'iu',
)
const startsWithTitle = (s: string) => {
  const m = TITLE_START.exec(s)
  return m !== null && m.index === 0
}

/** Where a title stated after a name stops: the verb of the sentence ("... phát biểu tại ..."), or the next person. */
const VERB_STOP =
  /\s(?:phát biểu|tiếp xúc|trao|biểu dương|cho biết|đánh giá|trình bày|chủ trì|dự|tham dự|khẳng định|nhấn mạnh|đề nghị|yêu cầu|ghi nhận|chúc mừng|thăm|làm việc|tặng|kiểm tra|tại|đã|đang|sẽ|cùng|cũng|chỉ đạo|kết luận|gợi mở|đề xuất|mong muốn|thông tin|báo cáo|quán triệt|điều hành|tham luận|khai mạc|bế mạc|phát động|giới thiệu|lưu ý|nêu|được|gặp|đồng chủ trì|và (?:các )?(?:đồng chí|ông|bà))(?=\s|$|[,.;:])/u

/** "đồng chí", "ông", "bà" right before a name. */
const COMRADE_BEFORE = /(?:^|[^\p{L}\p{M}])(?:đồng chí|ông|bà)\s+$/iu
const LIST_START = /(?:^|[^\p{L}\p{M}])các đồng chí\s+([^:;.]{0,200}?):\s*/giu

const cleanTitle = (t: string) => t.replace(/\s+/g, ' ').replace(/^[\s,–—-]+|[\s,–—-]+$/g, '')

const isPlace = (name: string) => PLACES_LIKE_NAMES.has(name) || [...PLACES_LIKE_NAMES].some((p) => name.startsWith(p + ' ') || name.endsWith(' ' + p))

/**
 * The person's name inside a run of capitalised words, as [offset in words, length], or null.
 * "Trần Đức Thắng" is a name; in "Hải Dương Trần Đức Thắng" (a title's place, then the name) the
 * name is the last two to four words starting with a family name, after a place of two words.
 */
function personIn(words: string[]): [number, number] | null {
  // "Ông Lâm Văn Tuấn" at a sentence's start: the honorific, not the family name Ông
  if (/^(Ông|Bà)$/.test(words[0]) && words.length >= 3 && FAMILY_NAMES.has(words[1])) {
    const rest = personIn(words.slice(1))
    return rest && [rest[0] + 1, rest[1]]
  }
  const k = words.length
  const fits = (i: number) => FAMILY_NAMES.has(words[i]) && k - i >= 2 && k - i <= 4 && !isPlace(words.slice(i).join(' '))
  if (k <= 4 && fits(0)) return [0, k]
  const candidates = words.map((_, i) => i).filter((i) => i > 0 && fits(i))
  const i = candidates.find((c) => c >= 2) ?? candidates[0]
  return i === undefined ? null : [i, k - i]
}

type Found = { index: number; name: string }

/** The people named in a text, with where each name starts. */
function namesIn(text: string): Found[] {
  const found: Found[] = []
  for (const m of text.matchAll(RUN)) {
    const words = m[0].split(/\s+/)
    const person = personIn(words)
    if (!person) continue
    const [offset, length] = person
    const lead = words.slice(0, offset).join(' ')
    found.push({ index: m.index! + (offset ? m[0].indexOf(words[offset], lead.length) : 0), name: words.slice(offset, offset + length).join(' ') })
  }
  return found
}

/** "…, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hải Dương tiếp xúc…" → the titles after a name. */
function titlesAfter(text: string): string[] {
  const m = /^\s*[,–—-]\s*/.exec(text)
  if (!m) return []
  let rest = text.slice(m[0].length)
  rest = rest.split(/[;.()\n“”"]|:\s/)[0]
  const stop = VERB_STOP.exec(rest)
  if (stop) rest = rest.slice(0, stop.index)
  const titles: string[] = []
  for (const segment of rest.split(/,\s*/)) {
    const title = cleanTitle(segment)
    if (!title || !startsWithTitle(title)) break
    titles.push(title)
  }
  return titles
}

/** "…hội nghị, Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố " → the titles before a name. */
function titlesBefore(text: string): string[] {
  let clause = text.split(/[;:.()\n“”"]/).pop() ?? ''
  // "…Chủ tịch UBND tỉnh Nguyễn Văn Phương và Phó Chủ tịch HĐND tỉnh ": only what follows the previous person
  const previous = namesIn(clause).at(-1)
  if (previous) clause = clause.slice(previous.index + previous.name.length).replace(/^[\s,]*(?:và\s+)?/, '')
  const segments = clause.split(/,\s*/)
  const titles: string[] = []
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i].trimStart()
    const m = TITLE_START.exec(segment)
    if (!m) break
    const start = m.index + (m[0].length - m[1].length)
    // the last segment may carry the sentence's own words first ("Dự có Phó Bí thư"); an earlier one only
    // when they introduce the list of titles ("Về phía tỉnh có Ủy viên Ban Thường vụ, Trưởng Ban…")
    if (start > 0 && i !== segments.length - 1 && !/(?:^|\s)(?:có|là|gồm)\s+$/.test(segment.slice(0, start))) break
    titles.unshift(cleanTitle(segment.slice(start)))
    if (start > 0) break
  }
  return titles.filter(Boolean)
}

type Mention = OfficialMention & { index: number }

/** A name standing alone or as "đồng chí {name}, {titles}" / "{titles} {name}" in a sentence. */
function mentionAt(text: string, { index, name }: Found): Mention | null {
  const before = text.slice(0, index)
  const after = text.slice(index + name.length)
  if (COMRADE_BEFORE.test(before)) {
    // "đồng chí {name}, {titles}", or "{titles}, đồng chí {name}"
    const titles = titlesAfter(after)
    const lead = before.replace(COMRADE_BEFORE, '')
    return { index, name, titles: titles.length || !/,\s*$/.test(lead) ? titles : titlesBefore(lead.replace(/,\s*$/, '')) }
  }
  const titles = titlesBefore(before)
  return titles.length ? { index, name, titles } : null
}

/**
 * "các đồng chí {shared titles}: {item}; {item}; …", each item "{name}, {titles}",
 * "{titles} {name}" or bare names: the shared titles belong to every name, before its own.
 */
function listMentions(text: string): { mentions: Mention[]; spans: [number, number][] } {
  const mentions: Mention[] = []
  const spans: [number, number][] = []
  for (const m of text.matchAll(LIST_START)) {
    const shared = m[1]
      .split(/,\s*/)
      .map(cleanTitle)
      .filter((t) => t && startsWithTitle(t))
    const bodyStart = m.index! + m[0].length
    const end = /\.(?:\s|$)|\n/.exec(text.slice(bodyStart))
    const bodyEnd = end ? bodyStart + end.index : text.length
    spans.push([m.index!, bodyEnd])
    let at = bodyStart
    for (const item of text.slice(bodyStart, bodyEnd).split(';')) {
      const names = namesIn(item)
      const first = names[0]
      if (first) {
        const leading = item.slice(0, first.index).trim() === ''
        const own = leading ? titlesAfter(item.slice(first.index + first.name.length)) : titlesBefore(item.slice(0, first.index))
        const bare = leading && own.length === 0
        // bare names share the titles only: "…: Nguyễn Văn A, Trần Thị B và Lê Văn C"
        for (const n of bare ? names : [first]) mentions.push({ index: at + n.index, name: n.name, titles: [...shared, ...own] })
      }
      at += item.length + 1
    }
  }
  return { mentions, spans }
}

/** Titles of one person, written once each: the same post however abbreviated, and a cut-off title ("Phó Trưởng ban Thường trực") beside its whole. */
function addTitles(mention: OfficialMention, titles: string[]) {
  for (const t of titles) if (!mention.titles.some((known) => titleKey(known) === titleKey(t))) mention.titles.push(t)
  const keys = mention.titles.map(titleKey)
  mention.titles = mention.titles.filter((_, i) => !keys.some((other, j) => j !== i && other.startsWith(keys[i] + ' ')))
}

/**
 * Officials introduced in a page, in order of first mention, with every title stated for
 * them: "đồng chí {name}, {titles}", "{titles} {name}", "{titles}, đồng chí {name}" and the
 * lists "các đồng chí {shared titles}: …". A bare "đồng chí {name}" counts too (titles may
 * come from another mention in the same page).
 */
export function extractOfficials(paragraphs: string[]): OfficialMention[] {
  const found = new Map<string, OfficialMention>()
  for (const text of paragraphs) {
    const { mentions, spans } = listMentions(text)
    for (const name of namesIn(text)) {
      if (spans.some(([from, to]) => name.index >= from && name.index < to)) continue
      const mention = mentionAt(text, name)
      if (mention) mentions.push(mention)
    }
    for (const { name, titles } of mentions.sort((a, b) => a.index - b.index)) {
      const mention = found.get(name) ?? { name, titles: [] }
      addTitles(mention, titles)
      found.set(name, mention)
    }
  }
  return [...found.values()]
}
