import { dayVN } from '../format/dates'
import type { OrganisationRecord } from '../organisations/kinds'
import { organisationValidOn } from '../organisations/titleOrganisation'
import { foldVietnamese } from '../text/foldVietnamese'
import { titleKey } from './titleKey'

export type Position = {
  title: string
  /** The organisation the post is held in (an id, or the record when populated). */
  organisation?: unknown
  start?: string | Date | null
  end?: string | Date | null
  protocolRank?: number | null
  /** False for a post only seen in imported pages ("seen from … to …"), until an editor confirms it. */
  confirmed?: boolean | null
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

/** Whether the position was held on that day (Vietnam calendar days, start and end inclusive, open ends allowed). */
export function heldOn(position: Position, date: string | Date): boolean {
  const day = dayVN(date)
  return (!position.start || dayVN(position.start) <= day) && (!position.end || day <= dayVN(position.end))
}

/** Finds a position's organisation record (from an id or a populated relation). */
export type OrganisationLookup = (organisation: unknown) => OrganisationRecord | null

/** A lookup over a list of organisations, taking ids or populated relations. */
export function organisationLookup(organisations: OrganisationRecord[]): OrganisationLookup {
  const byId = new Map(organisations.map((o) => [String(o.id), o]))
  return (organisation) => {
    if (organisation && typeof organisation === 'object' && 'name' in organisation) return organisation as OrganisationRecord
    const id = organisation && typeof organisation === 'object' ? (organisation as { id?: unknown }).id : organisation
    return id == null ? null : (byId.get(String(id)) ?? null)
  }
}

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean)
const ADMIN_PREFIX = /^(tinh|thanh pho|tp|huyen|quan|thi xa|xa|phuong|thi tran) /

/**
 * A title as printed, completed with its place where the page left it out: "Bí thư Tỉnh ủy" in
 * "Tỉnh ủy Thái Nguyên" reads "Bí thư Tỉnh ủy Thái Nguyên", "Chủ tịch HĐND tỉnh" in "Hội đồng nhân
 * dân tỉnh Thái Nguyên" reads "Chủ tịch HĐND tỉnh Thái Nguyên". The title's last words must be
 * the organisation's name without its place (abbreviations allowed, BTV = Ban Thường vụ); only
 * the place is ever added, and the title's own words are never changed.
 */
export function completeTitle(title: string, organisation: Pick<OrganisationRecord, 'name' | 'province' | 'locality'> | null): string {
  const printed = title.trim().replace(/\s+/g, ' ')
  const place = organisation && foldVietnamese(organisation.locality ?? organisation.province ?? '').trim()
  if (!organisation || !place || foldVietnamese(printed).includes(place)) return printed
  const titleWords = words(printed)
  const orgWords = words(organisation.name)
  for (let m = orgWords.length - 1; m > 0; m--) {
    const rest = orgWords.slice(m).join(' ')
    if (foldVietnamese(rest).replace(ADMIN_PREFIX, '') !== place) continue
    const head = titleKey(orgWords.slice(0, m).join(' '))
    for (let n = Math.min(titleWords.length, m + 4); n > 0; n--) {
      if (titleKey(titleWords.slice(-n).join(' ')) === head) return `${printed} ${rest}`
    }
  }
  return printed
}

/** Whether the post is held on the day: its own period, within its organisation's existence. */
function heldWithin(position: Position, date: string | Date, lookup?: OrganisationLookup): boolean {
  if (!heldOn(position, date)) return false
  const organisation = lookup?.(position.organisation)
  return !organisation || organisationValidOn(organisation, date)
}

/** The positions held on a date, in protocol order (ties keep the earlier-started post first). */
export function positionsAtDate<P extends Position>(positions: P[], date: string | Date, lookup?: OrganisationLookup): P[] {
  return positions
    .map((position, index) => ({ position, index }))
    .filter(({ position }) => heldWithin(position, date, lookup))
    .sort((a, b) => protocolRank(a.position) - protocolRank(b.position) || (time(a.position.start) ?? 0) - (time(b.position.start) ?? 0) || a.index - b.index)
    .map(({ position }) => position)
}

/** A position's title as a report prints it: as recorded, with its place completed. */
export const printedTitle = (position: Position, lookup?: OrganisationLookup): string => completeTitle(position.title, lookup?.(position.organisation) ?? null)

/** The titles held on a date, in protocol order, each as printed. */
export function titlesAtDate(positions: Position[], date: string | Date, lookup?: OrganisationLookup): string[] {
  return positionsAtDate(positions, date, lookup).map((p) => printedTitle(p, lookup))
}

/** "Đồng chí Trần Đức Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hải Dương": the one way reports, captions and pages name an official. */
export function titledName(fullName: string, positions: Position[], date: string | Date, lookup?: OrganisationLookup): string {
  return ['Đồng chí ' + fullName.trim(), ...titlesAtDate(positions, date, lookup)].join(', ')
}
