import type { Payload, PayloadRequest } from 'payload'

/**
 * A report's workflow steps, newest first, with the names of those who took them, as the reader
 * may see them. Only what the history shows: at depth 1 unselected, every step also brought the
 * whole report back (body, links, officials' titles) and its unit.
 */
export async function readWorkflowHistory(payload: Payload, id: number | string, user: PayloadRequest['user'] | undefined) {
  const { docs } = await payload.find({
    collection: 'report-transitions',
    where: { report: { equals: id } },
    sort: '-createdAt',
    limit: 100,
    pagination: false,
    depth: 1,
    select: { action: true, from: true, to: true, user: true, comment: true, scheduledAt: true, createdAt: true },
    populate: { users: { name: true } },
    overrideAccess: false,
    user,
  })
  return docs
}
