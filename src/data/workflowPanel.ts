import type { Payload, PayloadRequest } from 'payload'
import { canResolve, toThread } from '../lib/comments/thread'
import { staffOf } from '../lib/roles'
import { toTimeline, type WorkflowPanel } from '../lib/workflow/timeline'
import { userNames } from './userNames'
import { readWorkflowHistory } from './workflowHistory'

/**
 * The report's "Quy trình" tab: its workflow history and its editorial thread, as this user may
 * read them. Read when the tab is opened (GET /api/reports/:id/workflow-panel), not with every
 * load of the editor, which mostly opens on the content.
 */
export async function readWorkflowPanel(payload: Payload, id: number | string, req: PayloadRequest): Promise<WorkflowPanel> {
  const user = staffOf(req)
  const [history, { docs }] = await Promise.all([
    readWorkflowHistory(payload, id, req.user),
    payload.find({
      collection: 'report-comments',
      where: { report: { equals: id } },
      sort: 'createdAt',
      pagination: false,
      depth: 1,
      select: { text: true, kind: true, resolved: true, author: true, unit: true, createdAt: true },
      populate: { users: { name: true, email: true } },
      overrideAccess: false,
      user: req.user,
    }),
  ])
  // whoever may read the report may know who acted on it, though not read that account (userNames)
  const unpopulated = [...history.map((step) => step.user), ...docs.map((doc) => doc.author)].flatMap((user) => (user && typeof user !== 'object' ? [user] : []))
  const names = await userNames(req, unpopulated)
  const thread = toThread(docs, names)
  const units = new Map(docs.map((doc) => [String(doc.id), doc.unit]))
  return { history: toTimeline(history, names), comments: thread.map((comment) => ({ ...comment, canResolve: canResolve(user, comment, units.get(String(comment.id))) })) }
}
