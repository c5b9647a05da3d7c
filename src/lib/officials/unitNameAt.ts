import { unitValidOn } from '../units'

export type UnitRecord = {
  id: string | number
  name: string
  validFrom?: string | null
  validTo?: string | null
  successor?: string | number | { id: string | number } | null
}

const idOf = (v: UnitRecord['successor']) => (v && typeof v === 'object' ? String(v.id) : v == null ? null : String(v))

/**
 * The name a unit went by on a date. Renames and mergers are separate records linked by
 * `successor`, so a post recorded against today's unit reads with the predecessor's name
 * for dates before the change (and a post against an old unit, after it, with its successor's).
 */
export function unitNameAt(units: UnitRecord[], unitId: string | number, date: string | Date): string | null {
  const at = new Date(date).getTime()
  const byId = new Map(units.map((u) => [String(u.id), u]))
  const start = byId.get(String(unitId))
  if (!start) return null
  const seen = new Set<string>()
  const queue: UnitRecord[] = [start]
  while (queue.length) {
    const unit = queue.shift()!
    if (seen.has(String(unit.id))) continue
    seen.add(String(unit.id))
    if (unitValidOn(unit, at)) return unit.name
    // look along the chain in the direction of the date
    if (unit.validFrom && at < new Date(unit.validFrom).getTime()) queue.push(...units.filter((u) => idOf(u.successor) === String(unit.id)))
    else {
      const next = idOf(unit.successor)
      if (next && byId.has(next)) queue.push(byId.get(next)!)
    }
  }
  return start.name
}
