import { periodVN } from '../format/dates'
export type UnitRecordLike = {
  id: number | string
  name: string
  slug?: string | null
  validFrom?: string | null
  validTo?: string | null
  successor?: number | string | { id: number | string } | null
}

export type UnitHistoryEntry = { id: string; name: string; slug?: string | null; period: string; current: boolean; relation: 'predecessor' | 'self' | 'successor' }

const idOf = (v: UnitRecordLike['successor']) => (v && typeof v === 'object' ? String(v.id) : v == null ? null : String(v))


/**
 * A unit's names over time, oldest first: the units that were renamed or merged into it
 * (followed back through `successor`), itself, and the units it passed into.
 */
export function unitHistory(units: UnitRecordLike[], unitId: number | string): UnitHistoryEntry[] {
  const byId = new Map(units.map((u) => [String(u.id), u]))
  const self = byId.get(String(unitId))
  if (!self) return []
  const entry = (u: UnitRecordLike, relation: UnitHistoryEntry['relation']): UnitHistoryEntry => ({
    id: String(u.id),
    name: u.name,
    slug: u.slug,
    period: periodVN(u),
    current: !u.validTo || new Date(u.validTo).getTime() > Date.now(),
    relation,
  })
  const seen = new Set<string>([String(self.id)])
  const before: UnitHistoryEntry[] = []
  let frontier = [String(self.id)]
  while (frontier.length) {
    const next: string[] = []
    for (const id of frontier)
      for (const u of units)
        if (idOf(u.successor) === id && !seen.has(String(u.id))) {
          seen.add(String(u.id))
          before.push(entry(u, 'predecessor'))
          next.push(String(u.id))
        }
    frontier = next
  }
  const after: UnitHistoryEntry[] = []
  let cursor = idOf(self.successor)
  while (cursor && byId.has(cursor) && !seen.has(cursor)) {
    seen.add(cursor)
    const u = byId.get(cursor)!
    after.push(entry(u, 'successor'))
    cursor = idOf(u.successor)
  }
  const time = (e: UnitHistoryEntry) => {
    const u = byId.get(e.id)!
    return new Date(u.validTo ?? u.validFrom ?? 0).getTime()
  }
  before.sort((a, b) => time(a) - time(b))
  return [...before, entry(self, 'self'), ...after]
}
