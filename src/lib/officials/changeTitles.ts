import { heldOn, type Position } from './titlesAtDate'
import { validatePositions, type PositionError } from './validatePositions'

export type StoredPosition = Position & { id?: string | null; source?: string | null }
export type TitleChange = {
  /** The day of the change: ended posts end the day before, new posts start on it. */
  date: string
  /** Ids of current positions that end. */
  end: string[]
  start: Omit<StoredPosition, 'id' | 'start' | 'end'>[]
}

const dayBefore = (date: string) => new Date(new Date(date).getTime() - 86_400_000).toISOString()

/**
 * "Thay đổi chức danh": end some current posts and start new ones in one step. Returns the
 * new list, or the reasons it cannot be applied (unknown or not current post, a bad date,
 * and whatever validatePositions finds in the result).
 */
export function changeTitles(positions: StoredPosition[], change: TitleChange): { positions: StoredPosition[] } | { errors: PositionError[] } {
  const at = new Date(change.date)
  if (!change.date || Number.isNaN(at.getTime())) return { errors: [{ path: 'date', vi: 'Ngày thay đổi không hợp lệ.', en: 'Invalid date of change.' }] }
  const errors: PositionError[] = []
  for (const id of change.end) {
    const position = positions.find((p) => p.id === id)
    if (!position) errors.push({ path: 'end', vi: `Không tìm thấy chức vụ ${id}.`, en: `No position ${id}.` })
    else if (!heldOn(position, at)) errors.push({ path: 'end', vi: `"${position.title}" không còn đảm nhiệm vào ngày thay đổi.`, en: `"${position.title}" is not held on the day of change.` })
  }
  if (!change.end.length && !change.start.length) errors.push({ path: 'start', vi: 'Chưa chọn chức vụ nào để kết thúc hoặc bắt đầu.', en: 'Nothing to end or start.' })
  if (errors.length) return { errors }
  const next: StoredPosition[] = [
    // the editor states these dates: ended and new posts are confirmed
    ...positions.map((p) => (p.id && change.end.includes(p.id) ? { ...p, end: dayBefore(change.date), confirmed: true } : p)),
    ...change.start.map((p) => ({ ...p, start: at.toISOString(), end: null, confirmed: true })),
  ]
  const problems = validatePositions(next)
  return problems.length ? { errors: problems } : { positions: next }
}
