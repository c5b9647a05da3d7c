import type { Where } from 'payload'
import { hasRole, isAdmin, unitRefsOf, type StaffLike } from '../roles'

export type WorkSection = { key: string; title: string; empty: string; where: Where }

/**
 * How a section is read: newest first, as drafts (the state an editor works on), and only what
 * its table shows (src/components/admin/ReportTable.tsx), with the unit's and the author's
 * names. A whole report at depth 1 brought its body, photos, links, comments and officials'
 * titles for each of up to 50 rows per section, and cost "Việc của tôi" most of its time
 * (bench/admin.bench.ts).
 */
export const MY_WORK_QUERY = {
  collection: 'reports',
  draft: true,
  depth: 1,
  limit: 50,
  sort: '-updatedAt',
  select: { title: true, workflowState: true, unit: true, createdBy: true, updatedAt: true, returnedComment: true, scheduledAt: true, scheduledAction: true },
  populate: { units: { name: true }, users: { name: true } },
} as const

/** The sections of "Việc của tôi" for this user: what waits on them, by role and unit. */
export function myWorkSections(user: StaffLike): WorkSection[] {
  if (!user) return []
  const inUnits: Where[] = isAdmin(user) ? [] : [{ unit: { in: unitRefsOf(user) } }]
  const mine: Where = { createdBy: { equals: user.id } }
  const sections: WorkSection[] = []
  if (hasRole(user, 'editor', 'admin'))
    sections.push({ key: 'toEdit', title: 'Chờ tôi biên tập', empty: 'Không có tin bài nào chờ biên tập.', where: { and: [{ workflowState: { equals: 'submitted' } }, ...inUnits] } })
  if (hasRole(user, 'approver', 'admin'))
    sections.push({ key: 'toApprove', title: 'Chờ tôi duyệt', empty: 'Không có tin bài nào chờ duyệt.', where: { and: [{ workflowState: { equals: 'inApproval' } }, ...inUnits] } })
  sections.push({
    key: 'returned',
    title: 'Bài bị trả lại',
    empty: 'Không có bài nào bị trả lại.',
    where: { and: [mine, { workflowState: { equals: 'draft' } }, { returnedComment: { exists: true } }, { returnedComment: { not_equals: '' } }] },
  })
  sections.push({ key: 'drafts', title: 'Bản nháp của tôi', empty: 'Không có bản nháp nào.', where: { and: [mine, { workflowState: { equals: 'draft' } }] } })
  // what the author sent on, with the state each has reached
  sections.push({
    key: 'sent',
    title: 'Bài tôi đã gửi',
    empty: 'Chưa có bài nào đã gửi.',
    where: { and: [mine, { workflowState: { in: ['submitted', 'inApproval', 'published', 'unpublished'] } }] },
  })
  sections.push({
    key: 'scheduled',
    title: 'Đã hẹn giờ',
    empty: 'Không có tin bài nào được hẹn giờ.',
    where: { and: [{ scheduledAt: { exists: true } }, hasRole(user, 'approver', 'admin') ? { and: inUnits } : mine] },
  })
  return sections
}
