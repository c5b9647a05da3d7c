import { titleKey } from '../officials/titleKey'
import { foldVietnamese } from '../text/foldVietnamese'
import { dayVN } from '../format/dates'
import { UNIT_LEVELS, type UnitLevel } from '../units'
import { PARTY_BOARDS, type OrganisationKind, type OrganisationRecord, type PartyBoard } from './kinds'

/** Where a page speaks from: its board's province, level and committee ("Tỉnh ủy" or "Thành ủy"). */
export type PageSetting = { province?: string | null; level?: string | null; committee?: string | null }

/** The organisation a title names, as far as the title and its page tell. */
export type OrganisationSpec = {
  kind: OrganisationKind
  level: UnitLevel
  board?: PartyBoard
  /** The place the organisation is of: named in the title, else the page's province; null for central organs. */
  place: string | null
  /** "Tỉnh ủy", "Thành ủy", "Huyện ủy" where a local organ is meant. */
  committee: string | null
}

const COMMITTEE_WORDS: [RegExp, string][] = [
  [/\btinh uy\b/, 'Tỉnh ủy'],
  [/\bthanh uy\b/, 'Thành ủy'],
  [/\bhuyen uy\b/, 'Huyện ủy'],
  [/\bquan uy\b/, 'Quận ủy'],
  [/\bthi uy\b/, 'Thị ủy'],
  [/\bdang uy\b/, 'Đảng ủy'],
]
const COMMITTEE = /\b(tinh|thanh|huyen|quan|thi|dang) uy\b/

/** The committee word of a board's name: "Ban Dân vận Thành ủy Hà Nội" → "Thành ủy". */
export function committeeOf(name: string | null | undefined): string | null {
  const key = foldVietnamese(name ?? '')
  return COMMITTEE_WORDS.find(([re]) => re.test(key))?.[1] ?? null
}

/** A publishing unit's setting, for the titles its pages print without a place. */
export const settingOfUnit = (unit: { name: string; province?: string | null; level?: string | null }): PageSetting => ({
  province: unit.province ?? null,
  level: unit.level ?? null,
  committee: committeeOf(unit.name),
})

// Checked in order on the title's key (abbreviations spelled out): the first that fits names the organisation.
const KINDS: [RegExp, OrganisationKind, PartyBoard?][] = [
  [/\bbo chinh tri\b/, 'politburo'],
  [/\b(ban bi thu|bi thu trung uong)\b/, 'secretariat'],
  [/\bban tuyen giao va dan van\b/, 'party-board', 'tuyen-giao-dan-van'],
  [/\bban dan van\b/, 'party-board', 'dan-van'],
  [/\bban tuyen giao\b/, 'party-board', 'tuyen-giao'],
  [/\bban to chuc\b/, 'party-board', 'to-chuc'],
  [/\buy ban kiem tra\b/, 'party-board', 'kiem-tra'],
  [/\bban noi chinh\b/, 'party-board', 'noi-chinh'],
  [/\bban thuong vu\b/, 'standing-committee'],
  [/^(uy vien )?(du khuyet )?trung uong( dang)?( khoa [a-z]+)?$|^uy vien (du khuyet )?trung uong dang\b/, 'central-committee'],
  [/\bdoan dai bieu quoc hoi\b/, 'assembly-delegation'],
  [/\bhoi dong nhan dan\b/, 'peoples-council'],
  [/\buy ban nhan dan\b/, 'peoples-committee'],
  [/\bmat tran to quoc\b/, 'front'],
  [/\b(thu tuong|chinh phu)\b/, 'government'],
  [/\bquoc hoi\b/, 'national-assembly'],
  [COMMITTEE, 'party-committee'],
]
const ALWAYS_CENTRAL = new Set<OrganisationKind>(['politburo', 'secretariat', 'central-committee', 'government', 'national-assembly'])

const asLevel = (v: string | null | undefined): UnitLevel | null => UNIT_LEVELS.find((l) => l.value === v)?.value ?? null

function levelOf(key: string, page: PageSetting): UnitLevel {
  const pageLevel = asLevel(page.level)
  if (/\btrung uong\b/.test(key) && !COMMITTEE.test(key)) return 'central'
  if (/\b(tinh uy|tinh)\b/.test(key)) return 'province'
  if (/\b(huyen uy|huyen|quan uy|quan|thi uy|thi xa)\b/.test(key)) return 'district'
  if (/\b(xa|phuong|thi tran)\b/.test(key)) return 'commune'
  if (/\b(thanh uy|thanh pho)\b/.test(key)) return page.committee === 'Thành ủy' && pageLevel ? pageLevel : 'district'
  return pageLevel ?? 'province'
}

const PLACE_WORD = /^\p{Lu}[\p{Ll}\p{M}]+$/u
const ADMIN_WORD = /^(uy|tinh|pho|tp|huyen|quan|xa|phuong|tran)$/

/** The place a title ends with: "Bí thư Tỉnh ủy Hải Dương" → "Hải Dương"; "…MTTQ Việt Nam" → null. */
export function placeInTitle(title: string): string | null {
  const words = title.normalize('NFC').trim().split(/\s+/)
  let i = words.length
  while (i > 0 && PLACE_WORD.test(words[i - 1])) i--
  if (i === words.length || i === 0) return null
  return ADMIN_WORD.test(foldVietnamese(words[i - 1]).replace(/\./g, '')) ? words.slice(i).join(' ') : null
}

/** What organisation a title names, read from the title and, where it leaves them out, the page's place and level. */
export function organisationOfTitle(title: string, page: PageSetting): OrganisationSpec | null {
  const key = titleKey(title)
  const found = KINDS.find(([re]) => re.test(key))
  if (!found) return null
  const [, kind, board] = found
  const level = ALWAYS_CENTRAL.has(kind) ? 'central' : levelOf(key, page)
  const committee = level === 'central' ? null : (COMMITTEE_WORDS.find(([re]) => re.test(key))?.[1] ?? localCommittee(level, page))
  return { kind, level, board, place: level === 'central' ? null : (placeInTitle(title) ?? page.province ?? null), committee }
}

function localCommittee(level: UnitLevel, page: PageSetting): string {
  if (page.level === level && page.committee) return page.committee
  return level === 'province' ? 'Tỉnh ủy' : level === 'district' ? 'Huyện ủy' : 'Đảng ủy'
}

const fold = (s: string | null | undefined) => foldVietnamese(s ?? '').trim()

/** Whether an organisation existed on a day (Vietnam calendar days, both ends inclusive). */
export function organisationValidOn(org: Pick<OrganisationRecord, 'validFrom' | 'validTo'>, date: string | Date): boolean {
  const day = dayVN(date)
  return (!org.validFrom || dayVN(org.validFrom) <= day) && (!org.validTo || day <= dayVN(org.validTo))
}

/** The recorded organisation a spec points at on a date, if any. */
export function findOrganisation(spec: OrganisationSpec, organisations: OrganisationRecord[], date: string | Date | null): OrganisationRecord | null {
  return (
    organisations.find(
      (o) =>
        o.kind === spec.kind &&
        (spec.board ? o.board === spec.board : true) &&
        (o.level ?? 'central') === spec.level &&
        (spec.level === 'central' || fold(o.locality ?? o.province) === fold(spec.place)) &&
        (!date || organisationValidOn(o, date)),
    ) ?? null
  )
}

const CENTRAL_NAMES: Partial<Record<OrganisationKind, string>> = {
  politburo: 'Bộ Chính trị',
  secretariat: 'Ban Bí thư',
  'central-committee': 'Ban Chấp hành Trung ương Đảng',
  government: 'Chính phủ',
  'national-assembly': 'Quốc hội',
  front: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
}

/** "Tỉnh ủy" → "tỉnh", "Thành ủy" → "thành phố": how the state bodies of the same place are named. */
const adminWord = (committee: string | null) =>
  committee === 'Thành ủy' ? 'thành phố' : committee === 'Huyện ủy' ? 'huyện' : committee === 'Quận ủy' ? 'quận' : committee === 'Thị ủy' ? 'thị xã' : committee === 'Đảng ủy' ? 'xã' : 'tỉnh'

/** The usual name of the organisation a spec describes, for recording one not yet known; null where the place is unknown. */
export function organisationNameFor(spec: OrganisationSpec): string | null {
  const boardName = spec.board ? PARTY_BOARDS.find((b) => b.value === spec.board)!.vi : null
  if (spec.level === 'central') return boardName ? `${boardName} Trung ương` : (CENTRAL_NAMES[spec.kind] ?? null)
  if (!spec.place) return null
  const c = spec.committee ?? 'Tỉnh ủy'
  const a = adminWord(spec.committee)
  switch (spec.kind) {
    case 'party-committee':
      return `${c} ${spec.place}`
    case 'standing-committee':
      return `Ban Thường vụ ${c} ${spec.place}`
    case 'party-board':
      return `${boardName} ${c} ${spec.place}`
    case 'peoples-council':
      return `Hội đồng nhân dân ${a} ${spec.place}`
    case 'peoples-committee':
      return `Ủy ban nhân dân ${a} ${spec.place}`
    case 'assembly-delegation':
      return `Đoàn đại biểu Quốc hội ${a} ${spec.place}`
    case 'front':
      return `Ủy ban Mặt trận Tổ quốc Việt Nam ${a} ${spec.place}`
    default:
      return null
  }
}
