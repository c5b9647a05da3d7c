import { foldVietnamese } from '../text/foldVietnamese'
import type { StoredPosition } from './changeTitles'

const norm = (v: unknown) => (v ? new Date(v as string).toISOString().slice(0, 10) : '')
const identity = (p: StoredPosition) =>
  [foldVietnamese(p.title.normalize('NFC')).replace(/\s+/g, ' ').trim(), foldVietnamese(String(p.organisation ?? '')).trim(), norm(p.start), norm(p.end)].join('|')

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
