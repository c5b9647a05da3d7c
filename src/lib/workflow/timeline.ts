import type { ReportTransition } from '../../payload-types'
import type { ThreadComment } from '../comments/thread'

/** One step of a report's workflow history as the admin shows it (no user: the system's step). */
export type TimelineEntry = Pick<ReportTransition, 'id' | 'action' | 'from' | 'to' | 'comment' | 'scheduledAt' | 'createdAt'> & { userName: string | null }

/** What the report's "Quy trình" tab reads, in one answer: its history, newest first, and its comment thread. */
export type WorkflowPanel = { history: TimelineEntry[]; comments: Array<ThreadComment & { canResolve: boolean }> }

/**
 * Stored steps as the timeline's entries, in the order given; a user the read could not populate
 * (an account the reader may not read, e.g. an editor since moved to another board) is named
 * from `names`, by id.
 */
export function toTimeline(
  docs: Array<Pick<ReportTransition, 'id' | 'action' | 'from' | 'to' | 'user' | 'comment' | 'scheduledAt' | 'createdAt'>>,
  names: ReadonlyMap<string, string> = new Map(),
): TimelineEntry[] {
  return docs.map(({ user, ...step }) => ({
    id: step.id,
    action: step.action,
    from: step.from ?? null,
    to: step.to ?? null,
    comment: step.comment ?? null,
    scheduledAt: step.scheduledAt ?? null,
    createdAt: step.createdAt,
    userName: user && typeof user === 'object' ? user.name || null : user ? (names.get(String(user)) ?? null) : null,
  }))
}
