/**
 * Which units' figures a dashboard adds up. A renamed or merged board is a closed unit
 * pointing to its successor (collections/Units): its reports keep its name, and count in
 * its successor's totals too. So a board's staff see their units and every unit that became
 * one of them; a unit filter takes the chosen unit with its predecessors.
 */
export type ScopeUnit = { id: string; name: string; successor?: string | null }

/** The unit a unit became in the end (itself when it has no successor); cycles stop. */
export function currentUnitOf(id: string, units: ScopeUnit[]): string {
  const byId = new Map(units.map((u) => [u.id, u]))
  const seen = new Set<string>()
  let at = id
  while (!seen.has(at)) {
    seen.add(at)
    const next = byId.get(at)?.successor
    if (!next || !byId.has(next)) break
    at = next
  }
  return at
}

/** The given units and every unit that became one of them, through any number of steps. */
export function withPredecessors(ids: string[], units: ScopeUnit[]): string[] {
  const wanted = new Set(ids)
  const result = new Set<string>()
  for (const unit of units) {
    const seen = new Set<string>()
    let at: string | null | undefined = unit.id
    while (at && !seen.has(at)) {
      if (wanted.has(at)) {
        result.add(unit.id)
        break
      }
      seen.add(at)
      at = units.find((u) => u.id === at)?.successor
    }
  }
  for (const id of ids) result.add(id)
  return [...result]
}

/**
 * The units a user's dashboard covers: `allowed` null for admins (every unit), otherwise the
 * user's own units; `filter` one unit or ''. A filter outside what the user may see gives no
 * unit at all, never another board's figures.
 */
export function statisticsScope(units: ScopeUnit[], allowed: string[] | null, filter: string): string[] {
  const visible = allowed === null ? units.map((u) => u.id) : withPredecessors(allowed, units)
  if (!filter) return visible
  if (!visible.includes(filter)) return []
  return withPredecessors([filter], units).filter((id) => visible.includes(id))
}
