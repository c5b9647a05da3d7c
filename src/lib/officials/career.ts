import { foldVietnamese } from '../text/foldVietnamese'
import { printedTitle, titlesAtDate, type OrganisationLookup, type Position } from './titlesAtDate'

export type CareerStep = { title: string; organisation: string | null; from: string | null; to: string | null; current: boolean; confirmed: boolean }

/** The organisation's name beside a title, unless the title already says it. */
const organisationBeside = (title: string, name: string | undefined) => (name && !foldVietnamese(title).includes(foldVietnamese(name)) ? name : null)

const iso = (value: Position['start']) => (value instanceof Date ? value.toISOString() : (value ?? null))

/** An official's career with the names of the time, newest post first: each post as printed, in its organisation as then named. */
export function careerOf(positions: Position[], lookup: OrganisationLookup, now: Date): CareerStep[] {
  return positions
    .map((p) => {
      const title = printedTitle(p, lookup)
      return {
        title,
        organisation: organisationBeside(title, lookup(p.organisation)?.name),
        from: iso(p.start),
        to: iso(p.end),
        current: p.confirmed === true && titlesAtDate([p], now, lookup).length > 0,
        confirmed: p.confirmed === true,
        start: p.start ? new Date(p.start).getTime() : 0,
      }
    })
    .sort((a, b) => b.start - a.start)
    .map(({ start: _start, ...step }) => step)
}
