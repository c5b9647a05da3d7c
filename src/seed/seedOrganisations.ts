import type { Payload } from 'payload'
import { endOfDayVN, startOfDayVN } from '../lib/format/dates'
import type { StoredPosition } from '../lib/officials/changeTitles'
import { postKey } from '../lib/officials/validatePositions'
import { organisationOfTitle, settingOfUnit } from '../lib/organisations/titleOrganisation'
import { foldVietnamese } from '../lib/text/foldVietnamese'
import type { UnitLevel } from '../lib/units'
import { KNOWN_CAREERS, SEED_ORGANISATIONS, type OrganisationSeed } from './organisations'

type Id = string | number
type UnitLike = { key: string; name: string; level: UnitLevel; province?: string; validFrom?: string; validTo?: string; successor?: string }

const toDay = (value: string | undefined, end: boolean) => (!value ? undefined : /^\d{4}-\d{2}-\d{2}$/.test(value) ? (end ? endOfDayVN(value) : startOfDayVN(value)) : value)

/** Each seed board as an organisation of its own (a Ban Dân vận is one), keyed "unit:KEY". */
const unitOrganisations = (units: UnitLike[], sources: Record<string, string>): OrganisationSeed[] =>
  units.map((u) => ({
    key: `unit:${u.key}`,
    name: u.name,
    kind: 'party-board',
    board: organisationOfTitle(u.name, settingOfUnit(u))?.board,
    level: u.level,
    province: u.province,
    validFrom: u.validFrom,
    validTo: u.validTo,
    successor: u.successor && `unit:${u.successor}`,
    sources: sources[u.key] ?? '',
  }))

/**
 * The seed's organisations, their successors linked once all exist; units already in the
 * database (one made before organisations existed) are linked to theirs by name.
 */
export async function seedOrganisations(payload: Payload, units: UnitLike[], unitSources: Record<string, string>): Promise<Map<string, Id>> {
  const all = [...unitOrganisations(units, unitSources), ...SEED_ORGANISATIONS]
  const ids = new Map<string, Id>()
  for (const o of all) {
    const created = await payload.create({
      collection: 'organisations',
      data: { name: o.name, kind: o.kind, board: o.board, level: o.level, province: o.province, validFrom: toDay(o.validFrom, false), validTo: toDay(o.validTo, true), sources: o.sources },
      depth: 0,
    })
    ids.set(o.key, created.id)
  }
  for (const o of all.filter((o) => o.successor)) await payload.update({ collection: 'organisations', id: ids.get(o.key)!, data: { successor: ids.get(o.successor!) as number }, depth: 0 })
  for (const u of units) {
    const { docs } = await payload.find({ collection: 'units', where: { name: { equals: u.name } }, depth: 0, limit: 1, pagination: false })
    if (docs[0] && !docs[0].organisation) await payload.update({ collection: 'units', id: docs[0].id, data: { organisation: ids.get(`unit:${u.key}`) as number }, depth: 0 })
  }
  payload.logger.info(`Seeded ${all.length} organisations`)
  return ids
}

/** Posts known from sources beyond the seed pages (src/seed/organisations.ts), in place of the pages' attestations of the same posts. */
export async function applyKnownCareers(payload: Payload, organisationIds: Map<string, Id>): Promise<void> {
  for (const career of KNOWN_CAREERS) {
    const known: StoredPosition[] = career.positions.map((p) => ({
      title: p.title,
      organisation: organisationIds.get(p.organisation),
      start: toDay(p.start, false),
      end: toDay(p.end, true),
      confirmed: p.confirmed,
      source: p.source,
    }))
    const replaced = new Set(known.map(postKey))
    const { docs } = await payload.find({ collection: 'officials', where: { nameFolded: { equals: foldVietnamese(career.fullName) } }, depth: 0, pagination: false })
    const official = docs.find((d) => d.fullName === career.fullName && !d.mergedInto)
    const positions = [...((official?.positions ?? []) as StoredPosition[]).filter((p) => !replaced.has(postKey(p))), ...known]
    if (official) await payload.update({ collection: 'officials', id: official.id, data: { positions: positions as never }, depth: 0 })
    else await payload.create({ collection: 'officials', data: { fullName: career.fullName, positions: positions as never }, depth: 0 })
  }
}
