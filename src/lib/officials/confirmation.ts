import { dayVN, endOfDayVN, startOfDayVN } from '../format/dates'
import { organisationValidOn } from '../organisations/titleOrganisation'
import { positionsAtDate, printedTitle, type OrganisationLookup, type Position } from './titlesAtDate'

/**
 * How sure a report can be of an official's titles on its date:
 * - confirmed: an editor vouched for at least one post held that day;
 * - unconfirmed: the posts held that day were only seen in imported pages;
 * - none: no post is known for that day (an attestation elsewhere may be shown as the last seen).
 */
export type TitleStatus<P extends Position = Position> = {
  state: 'confirmed' | 'unconfirmed' | 'none'
  /** The posts to confirm: those held that day, else the nearest attested ones. */
  candidates: P[]
}

const lastDay = (p: Position) => dayVN((p.end ?? p.start)!)
const firstDay = (p: Position) => dayVN((p.start ?? p.end)!)

export function titleStatusOn<P extends Position>(positions: P[], date: string | Date, lookup?: OrganisationLookup): TitleStatus<P> {
  const held = positionsAtDate(positions, date, lookup)
  if (held.some((p) => p.confirmed === true)) return { state: 'confirmed', candidates: [] }
  if (held.length) return { state: 'unconfirmed', candidates: held }
  // nearest attestation before the day (the posts last seen), else the earliest after it
  const day = dayVN(date)
  const dated = positions.filter((p) => p.start || p.end)
  const before = dated.filter((p) => lastDay(p) < day)
  if (before.length) {
    const latest = before.map(lastDay).sort().at(-1)!
    return { state: 'none', candidates: before.filter((p) => lastDay(p) === latest) }
  }
  const after = dated.filter((p) => firstDay(p) > day)
  const earliest = after.map(firstDay).sort()[0]
  return { state: 'none', candidates: after.filter((p) => firstDay(p) === earliest) }
}

export type ConfirmResult<P extends Position> = {
  positions: P[]
  /** Titles now confirmed as held on the day. */
  confirmed: string[]
  /** Titles that cannot be held on the day because their organisation did not exist then: "Thay đổi chức danh" is the way. */
  impossible: string[]
}

/**
 * "Xác nhận chức danh": the editor says the titles last seen are still held on the report's
 * day. Each such post's period is widened to take in that day and marked confirmed; nothing
 * else changes, so older reports read as before.
 */
export function confirmTitlesOn<P extends Position>(positions: P[], date: string | Date, lookup?: OrganisationLookup): ConfirmResult<P> {
  const { state, candidates } = titleStatusOn(positions, date, lookup)
  const day = dayVN(date)
  const confirmed: string[] = []
  const impossible: string[] = []
  const chosen = new Set<P>()
  if (state !== 'confirmed')
    for (const p of candidates) {
      const organisation = lookup?.(p.organisation)
      if (organisation && !organisationValidOn(organisation, date)) impossible.push(printedTitle(p, lookup))
      else {
        chosen.add(p)
        confirmed.push(printedTitle(p, lookup))
      }
    }
  const next = positions.map((p) => {
    if (!chosen.has(p)) return p
    const widened: P = { ...p, confirmed: true }
    if (p.start && dayVN(p.start) > day) widened.start = startOfDayVN(day)
    if (p.end && dayVN(p.end) < day) widened.end = endOfDayVN(day)
    return widened
  })
  return { positions: next, confirmed, impossible }
}

/** An official named in a report, as the checklist item "Xác nhận chức danh" shows them. */
export type OfficialTitleStatus = {
  id: string
  fullName: string
  state: TitleStatus['state']
  /** The titles to confirm, as printed: held that day but unconfirmed, or last seen. */
  titles: string[]
}

/** The names still waiting for "Xác nhận chức danh". */
export const unconfirmedNames = (statuses: OfficialTitleStatus[]): string[] => statuses.filter((s) => s.state !== 'confirmed').map((s) => s.fullName)
