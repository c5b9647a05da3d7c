import { titleKey } from '../officials/titleKey'
import { FAMILY_NAMES, PLACES_LIKE_NAMES } from './vietnameseNames'

/** An official as a page introduces them: the name and the titles stated beside it. */
export type OfficialMention = { name: string; titles: string[] }

const UPPER_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]*`
const NAME = new RegExp(String.raw`(?<![\p{L}\p{M}])${UPPER_WORD}(?:\s+${UPPER_WORD}){1,3}(?![\p{L}\p{M}])`, 'gu')

/** Words a title starts with ("Phó Trưởng ban Thường trực...", "Ủy viên BCH Trung ương Đảng"). */
const TITLE_START = new RegExp(
  String.raw`(?:^|\s)((?:Phó\s+)?(?:Ủy viên|Uỷ viên|Tổng Bí thư|Bí thư|Trưởng ban|Trưởng Ban|Trưởng đoàn|Trưởng phòng|Trưởng|Chủ tịch|Giám đốc|Thường trực|Chủ nhiệm|Bộ trưởng|Thứ trưởng|Thủ tướng|Chánh|Vụ trưởng|Cục trưởng|Tổng biên tập|Đại biểu Quốc hội|Chỉ huy trưởng|Tư lệnh|Chính ủy|Chủ nhiệm))(?=\s|$)`,
  // TCVN3 pages carry no accented capitals ("ủy viên"), so case is not significant
  'iu',
)
const startsWithTitle = (s: string) => {
  const m = TITLE_START.exec(s)
  return m !== null && m.index === 0
}

/** Where a title stated after a name stops: the verb of the sentence ("... phát biểu tại ..."). */
const VERB_STOP =
  /\s(?:phát biểu|tiếp xúc|trao|biểu dương|cho biết|đánh giá|trình bày|chủ trì|dự|tham dự|khẳng định|nhấn mạnh|đề nghị|yêu cầu|ghi nhận|chúc mừng|thăm|làm việc|tặng|kiểm tra|tại|đã|đang|sẽ|cùng|cũng|chỉ đạo|kết luận|gợi mở|đề xuất|mong muốn|thông tin|báo cáo|quán triệt|điều hành|tham luận)(?=\s|$|[,.;:])/u

const cleanTitle = (t: string) => t.replace(/\s+/g, ' ').replace(/^[\s,–—-]+|[\s,–—-]+$/g, '')

function isPersonName(name: string): boolean {
  const first = name.split(/\s+/)[0]
  return FAMILY_NAMES.has(first) && !PLACES_LIKE_NAMES.has(name) && ![...PLACES_LIKE_NAMES].some((p) => name.startsWith(p + ' ') || name.endsWith(' ' + p))
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
  const clause = text.split(/[;:.()\n“”"]/).pop() ?? ''
  const segments = clause.split(/,\s*/)
  const titles: string[] = []
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i]
    const m = TITLE_START.exec(segment)
    if (!m) break
    const start = m.index + (m[0].length - m[1].length)
    // the last segment may carry the sentence's own words first ("Dự có Phó Bí thư")
    if (start > 0 && i !== segments.length - 1) break
    titles.unshift(cleanTitle(segment.slice(start)))
    if (start > 0) break
  }
  return titles.filter(Boolean)
}

/**
 * Officials introduced in a page, in order of first mention, with every title stated for
 * them: "đồng chí {name}, {titles}" and the inverted "{titles} {name}". A bare
 * "đồng chí {name}" counts too (titles may come from another mention in the same page).
 */
export function extractOfficials(paragraphs: string[]): OfficialMention[] {
  const found = new Map<string, OfficialMention>()
  for (const text of paragraphs) {
    for (const m of text.matchAll(NAME)) {
      const name = m[0]
      if (!isPersonName(name)) continue
      const before = text.slice(0, m.index)
      const after = text.slice(m.index! + name.length)
      const comrade = /(?:^|[^\p{L}])(?:đồng chí|Đồng chí|ĐỒNG CHÍ)\s+$/u.test(before)
      const titles = comrade ? titlesAfter(after) : titlesBefore(before)
      if (!comrade && titles.length === 0) continue
      const mention = found.get(name) ?? { name, titles: [] }
      for (const t of titles) if (!mention.titles.some((known) => titleKey(known) === titleKey(t))) mention.titles.push(t)
      found.set(name, mention)
    }
  }
  return [...found.values()]
}
