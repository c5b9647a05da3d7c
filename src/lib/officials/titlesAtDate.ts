import { foldVietnamese } from '../text/foldVietnamese'

export type Position = {
  title: string
  organisation?: string | null
  unit?: unknown
  start?: string | Date | null
  end?: string | Date | null
  protocolRank?: number | null
}

/**
 * Protocol order of Vietnamese titles, Party posts first: Politburo, Secretariat, Central
 * Committee, standing committees, then committee and board posts; then state, assembly and
 * government posts; then the Front and mass organisations. An explicit protocolRank wins.
 * Patterns are matched on folded text, so "Uỷ viên" and "Ủy viên", NFD or not, agree.
 */
const RANKS: [number, RegExp][] = [
  [10, /^tong bi thu\b/],
  [20, /uy vien bo chinh tri/],
  [30, /thuong truc ban bi thu/],
  [40, /(bi thu trung uong dang|uy vien ban bi thu)/],
  [50, /uy vien (du khuyet )?(bch |ban chap hanh )?trung uong( dang)?\b/],
  [60, /(uy vien (ban thuong vu|btv)|thuong vu (tinh|thanh|huyen) uy)/],
  [70, /(bi thu|pho bi thu|truong ban|pho truong ban|truong khoi|chanh van phong|tinh uy vien|thanh uy vien|huyen uy vien|uy vien ban chap hanh)/],
  [80, /(chu tich nuoc|thu tuong|chu tich quoc hoi|bo truong|chu tich( thuong truc)? (hdnd|hoi dong nhan dan|ubnd|uy ban nhan dan)|dai bieu quoc hoi|giam doc|thu truong)/],
  [90, /(mat tran|mttq|\bhoi\b|doan thanh nien|cong doan)/],
]

export function protocolRank(position: Pick<Position, 'title' | 'protocolRank'>): number {
  if (typeof position.protocolRank === 'number') return position.protocolRank
  const folded = foldVietnamese(position.title.normalize('NFC')).replace(/\s+/g, ' ').trim()
  // "Bí thư Trung ương Đảng" must not fall to the generic "bí thư" of a local committee
  for (const [rank, pattern] of RANKS) if (pattern.test(folded)) return rank
  return 100
}

const time = (value: string | Date | null | undefined) => (value ? new Date(value).getTime() : null)

/** Whether the position was held on that day (start and end inclusive, open ends allowed). */
export function heldOn(position: Position, date: string | Date): boolean {
  const at = new Date(date).getTime()
  const start = time(position.start)
  const end = time(position.end)
  return (start === null || start <= at) && (end === null || at <= end)
}

/** Names a position's unit as it was called on a date (see unitNameAt). */
export type UnitNamer = (unit: unknown, date: string | Date) => string | null

/**
 * "Trưởng Ban" + "Ban Dân vận Tỉnh ủy Hải Dương" → "Trưởng Ban Dân vận Tỉnh ủy Hải Dương":
 * the words the title ends with and the unit name starts with are written once.
 */
export function titleWithUnit(title: string, unitName: string | null): string {
  const t = title.trim()
  if (!unitName || foldVietnamese(t).includes(foldVietnamese(unitName))) return t
  const titleWords = t.split(/\s+/)
  const unitWords = unitName.trim().split(/\s+/)
  for (let n = Math.min(titleWords.length, unitWords.length); n > 0; n--) {
    const tail = titleWords.slice(-n).join(' ').toLowerCase()
    const head = unitWords.slice(0, n).join(' ').toLowerCase()
    if (tail === head) return [...titleWords.slice(0, -n), ...unitWords].join(' ')
  }
  return `${t} ${unitName.trim()}`
}

/** The titles held on a date, in protocol order (ties keep the earlier-started post first). */
export function titlesAtDate(positions: Position[], date: string | Date, unitName?: UnitNamer): string[] {
  return positions
    .map((position, index) => ({ position, index }))
    .filter(({ position }) => heldOn(position, date))
    .sort((a, b) => protocolRank(a.position) - protocolRank(b.position) || (time(a.position.start) ?? 0) - (time(b.position.start) ?? 0) || a.index - b.index)
    .map(({ position }) => (unitName && position.unit ? titleWithUnit(position.title, unitName(position.unit, date)) : position.title.trim()))
}

/** "Đồng chí Trần Đức Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hải Dương". */
export function titledName(fullName: string, positions: Position[], date: string | Date, unitName?: UnitNamer): string {
  const titles = titlesAtDate(positions, date, unitName)
  return ['Đồng chí ' + fullName.trim(), ...titles].join(', ')
}
