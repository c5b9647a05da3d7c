import { hasRole, isAdmin, relationId, worksInUnit, type StaffLike } from '../roles'

/** One entry of a report's editorial thread, as the admin shows it. */
export type ThreadComment = {
  id: number | string
  text: string
  kind: 'comment' | 'return'
  resolved: boolean
  authorId: string | null
  authorName: string
  createdAt: string
}

type StoredComment = {
  id: number | string
  text?: string | null
  kind?: string | null
  resolved?: boolean | null
  author?: number | string | { id: number | string; name?: string | null; email?: string | null } | null
  createdAt: string
}

/**
 * Stored comments as the thread, oldest first; an author the read could not populate is named
 * from `names`, by id; no author (the system's words) is ''.
 */
export function toThread(docs: StoredComment[], names: ReadonlyMap<string, string> = new Map()): ThreadComment[] {
  return docs
    .map((doc) => {
      const author = doc.author && typeof doc.author === 'object' ? doc.author : null
      return {
        id: doc.id,
        text: doc.text ?? '',
        kind: doc.kind === 'return' ? ('return' as const) : ('comment' as const),
        resolved: Boolean(doc.resolved),
        authorId: relationId(doc.author ?? null),
        authorName: author ? author.name || author.email || '' : doc.author ? (names.get(String(doc.author)) ?? '') : '',
        createdAt: doc.createdAt,
      }
    })
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

/** Mirrors the comments' update rule (collections/ReportComments/access): the author, or the unit's editors and approvers. */
export function canResolve(user: StaffLike, comment: Pick<ThreadComment, 'authorId'>, reportUnit: unknown): boolean {
  if (!user) return false
  if (isAdmin(user)) return true
  if (comment.authorId !== null && comment.authorId === String(user.id)) return true
  return hasRole(user, 'editor', 'approver') && worksInUnit(user, reportUnit as Parameters<typeof worksInUnit>[1])
}

/** The staff side of a report: those who may read and join its thread (see staffOfReport in src/access). */
export function inReportStaff(user: StaffLike, report: { unit?: unknown; createdBy?: unknown }): boolean {
  if (!user) return false
  if (isAdmin(user)) return true
  const unit = report.unit as Parameters<typeof worksInUnit>[1]
  if (!worksInUnit(user, unit)) return false
  if (hasRole(user, 'editor', 'approver')) return true
  return hasRole(user, 'contributor') && relationId((report.createdBy ?? null) as Parameters<typeof relationId>[0]) === String(user.id)
}

/**
 * The thread as read from the server with what this page changed since (`local`: comments it
 * sent or resolved): a local entry stands in for the read one of its id, the others follow.
 */
export function mergeThread<T extends Pick<ThreadComment, 'id'>>(read: T[], local: T[]): T[] {
  const mine = new Map(local.map((entry) => [String(entry.id), entry]))
  const known = new Set(read.map((entry) => String(entry.id)))
  return [...read.map((entry) => mine.get(String(entry.id)) ?? entry), ...local.filter((entry) => !known.has(String(entry.id)))]
}

/** The list with this entry in place of the one of its id, or added at the end. */
export function withEntry<T extends Pick<ThreadComment, 'id'>>(list: T[], entry: T): T[] {
  return list.some((e) => e.id === entry.id) ? list.map((e) => (e.id === entry.id ? entry : e)) : [...list, entry]
}
