import { dayVN } from '../format/dates'
import type { StoredPosition } from './changeTitles'
import { postKey } from './validatePositions'

const identity = (p: StoredPosition) => [postKey(p), p.start ? dayVN(p.start) : '', p.end ? dayVN(p.end) : ''].join('|')

/**
 * The positions of two records of one person, combined: the kept record's first, then the
 * other's that it lacks (same title, organisation and dates count as the same post).
 * Ids of the removed record's rows are dropped so they are stored as new rows.
 */
export function mergePositions(keep: StoredPosition[], remove: StoredPosition[]): StoredPosition[] {
  const seen = new Set(keep.map(identity))
  const added = remove.filter((p) => !seen.has(identity(p))).map(({ id: _id, ...rest }) => rest)
  return [...keep, ...added]
}
