import type { Payload } from 'payload'
import React from 'react'
import { canResolve, toThread } from '../../lib/comments/thread'
import { staffOf } from '../../lib/roles'
import { CommentThreadView } from './CommentThreadView'

/**
 * The report's one editorial thread (comments and the workflow's return comments), with a box
 * for a new comment that is on the page from the first paint: no drawer to wait for, so
 * nothing typed is lost while something opens.
 */
export async function CommentThread({ id, payload, req }: { id?: number | string; payload: Payload; req: Parameters<Payload['find']>[0]['req'] }) {
  if (!id) return <CommentThreadView reportId={null} initial={[]} />
  const user = staffOf(req ?? {})
  const { docs } = await payload.find({
    collection: 'report-comments',
    where: { report: { equals: id } },
    sort: 'createdAt',
    pagination: false,
    depth: 1,
    select: { text: true, kind: true, resolved: true, author: true, unit: true, createdAt: true },
    populate: { users: { name: true, email: true } },
    overrideAccess: false,
    user: req?.user,
  })
  const thread = toThread(docs).map((comment, i) => ({ ...comment, canResolve: canResolve(user, comment, docs[i]?.unit) }))
  return <CommentThreadView reportId={id} initial={thread} />
}
