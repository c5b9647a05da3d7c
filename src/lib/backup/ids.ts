import { randomBytes } from 'node:crypto'
import type { Id } from './remap'

/**
 * The ids restored documents get. SQLite's are integers, MongoDB's 24-hex ObjectIds: an id that
 * fits the target is kept (a board restoring onto the same kind of database keeps its URLs,
 * such as /can-bo/12), and every id of a collection is renewed when any does not fit (an
 * archive from the other adapter), numbered 1, 2, … in the archive's order on SQLite, fresh
 * ObjectIds on MongoDB. `renumber` renews them all (the tests' way of crossing adapters).
 */
export type TargetIds = 'integer' | 'objectid'

const fitsTarget = (id: Id, target: TargetIds): boolean =>
  target === 'integer' ? typeof id === 'number' && Number.isSafeInteger(id) && id > 0 : typeof id === 'string' && /^[a-f0-9]{24}$/.test(id)

let counter = randomBytes(3).readUIntBE(0, 3)
const processPart = randomBytes(5).toString('hex')

/** A new ObjectId as MongoDB makes them: seconds, a per-process random part, a counter. */
export function newObjectId(now: number = Date.now()): string {
  counter = (counter + 1) % 0x1000000
  return Math.floor(now / 1000).toString(16).padStart(8, '0') + processPart + counter.toString(16).padStart(6, '0')
}

/** Old id (as text) → new id, for one collection. */
export function assignIds(oldIds: Id[], target: TargetIds, options: { renumber?: boolean } = {}): Map<string, Id> {
  const map = new Map<string, Id>()
  const keep = !options.renumber && oldIds.every((id) => fitsTarget(id, target))
  // renumbered integers run backwards from the count, so a renumbered id is seldom its old one
  oldIds.forEach((id, index) => map.set(String(id), keep ? id : target === 'integer' ? (options.renumber ? oldIds.length - index : index + 1) : newObjectId()))
  return map
}

/** An id read back from a JSON line or a text field, matched against a collection's map. */
export const lookupIn = (maps: Map<string, Map<string, Id>>) => (collection: string, id: Id): Id | undefined => maps.get(collection)?.get(String(id))

export type RestoredVersion = { id: Id; parent: Id; updatedAt: string; latest: boolean }

/**
 * Which versions the adapter now marks `latest` after creating them in the given order: each
 * new version is latest and clears the flag of its parent's versions saved earlier (both
 * adapters' createVersion). The restore compares this with the archive's flags and corrects
 * the difference.
 */
export function latestAfterCreation(created: { id: Id; parent: Id; updatedAt: string }[]): Map<string, boolean> {
  const flags = new Map<string, boolean>()
  const byParent = new Map<string, { id: Id; time: number }[]>()
  for (const version of created) {
    const time = Date.parse(version.updatedAt)
    const siblings = byParent.get(String(version.parent)) ?? []
    for (const sibling of siblings) if (sibling.time < time) flags.set(String(sibling.id), false)
    flags.set(String(version.id), true)
    siblings.push({ id: version.id, time })
    byParent.set(String(version.parent), siblings)
  }
  return flags
}
