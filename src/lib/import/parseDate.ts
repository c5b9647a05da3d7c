/**
 * Dates as old dân vận sites print them, read as Vietnam time (UTC+7, no daylight saving):
 * "( Cập nhật:28/12/2023 15:07:27)", "Thứ Sáu, 21/6/2024", "(14:23 13/01/2022)",
 * "2024-07-24 16:42:07", and the ordinary variants ("Ngày 21 tháng 6 năm 2024",
 * "21-06-2024 - 08:30", "Cập nhật lúc 15h07 ngày 28.12.2023", "GMT+7").
 */
export type FoundDate = { iso: string; hasTime: boolean }

const D = String.raw`(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})`
const ISO = String.raw`(\d{4})-(\d{1,2})-(\d{1,2})`
const WORDS = String.raw`ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`
const T = String.raw`(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})?(?:\s*(?::|phút)\s*(\d{2}))?`

const DATE_FORMS: Array<{ re: RegExp; order: 'dmy' | 'ymd' }> = [
  { re: new RegExp(ISO), order: 'ymd' },
  { re: new RegExp(D), order: 'dmy' },
  { re: new RegExp(WORDS, 'i'), order: 'dmy' },
]
const TIME = new RegExp(`(?:^|[^\\d/.-])${T}(?![\\d/.-]*\\d{4})`, 'i')

/** Words a date line may carry besides the date itself. */
const LABELS =
  /\b(?:cập nhật|ngày đăng|đăng ngày|đăng lúc|ngày cập nhật|thời gian|xuất bản|lúc|ngày|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|gmt\s*\+?\s*7|sa|ch|am|pm)\b/giu

function toIso(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59 || y < 1945 || y > 2100) return null
  const utc = Date.UTC(y, mo - 1, d, h - 7, mi, s)
  const check = new Date(utc + 7 * 3600_000)
  if (check.getUTCDate() !== d) return null // 31/02
  return new Date(utc).toISOString()
}

/** The first date (and time, if given beside it) in a piece of text. */
export function findDate(text: string): FoundDate | null {
  for (const { re, order } of DATE_FORMS) {
    const m = re.exec(text)
    if (!m) continue
    const [y, mo, d] = order === 'ymd' ? [+m[1], +m[2], +m[3]] : [+m[3], +m[2], +m[1]]
    const rest = text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)
    const t = TIME.exec(rest)
    const iso = t ? toIso(y, mo, d, +t[1], +(t[2] ?? 0), +(t[3] ?? 0)) : null
    if (iso) return { iso, hasTime: true }
    const dayOnly = toIso(y, mo, d)
    if (dayOnly) return { iso: dayOnly, hasTime: false }
  }
  return null
}

/**
 * A line that is only a date (with its labels, weekday, time and brackets) — the page's
 * dateline, as opposed to a sentence that mentions a date.
 */
export function parseDateLine(line: string): FoundDate | null {
  const found = findDate(line)
  if (!found) return null
  const leftover = line
    .replace(new RegExp(ISO, 'g'), ' ')
    .replace(new RegExp(D, 'g'), ' ')
    .replace(new RegExp(WORDS, 'gi'), ' ')
    .replace(new RegExp(T, 'gi'), ' ')
    .replace(LABELS, ' ')
    .replace(/[\s()[\]|,:\-–—.]+/g, '')
  return leftover.length === 0 ? found : null
}

/** A title with its date glued on: "Hội nghị ... năm 2022 (14:23 13/01/2022)". */
export function splitTrailingDate(line: string): { text: string; date: FoundDate } | null {
  const m = /\s*\(([^()]*\d{4}[^()]*)\)\s*$/.exec(line)
  if (!m) return null
  const date = parseDateLine(m[1])
  return date ? { text: line.slice(0, m.index).trim(), date } : null
}

/** The year a dateless page speaks of: the first "năm 2018" in its title or lead, else the most cited year. */
export function statedYear(title: string, lead: string, body: string): number | null {
  const inTitleOrLead = /năm\s+((?:19|20)\d{2})\b/i.exec(`${title}\n${lead}`) ?? /\b((?:19|20)\d{2})\b/.exec(`${title}\n${lead}`)
  if (inTitleOrLead) return +inTitleOrLead[1]
  const counts = new Map<number, number>()
  for (const m of body.matchAll(/\b((?:19|20)\d{2})\b/g)) counts.set(+m[1], (counts.get(+m[1]) ?? 0) + 1)
  let best: number | null = null
  for (const [year, n] of counts) if (best === null || n > counts.get(best)!) best = year
  return best
}

/** 1 January of a year at 00:00 Vietnam time: where an approximate date is pinned. */
export const startOfYearVN = (year: number): string => new Date(Date.UTC(year, 0, 1, -7)).toISOString()

/** 31 December of a year at 00:00 Vietnam time: the last day of a theme year. */
export const lastDayOfYearVN = (year: number): string => new Date(Date.UTC(year, 11, 31, -7)).toISOString()
