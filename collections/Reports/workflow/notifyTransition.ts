import type { Payload, Where } from 'payload'
import type { Report } from '../../../src/payload-types'
import { relationId } from '../../../src/lib/roles'
import { stateLabel } from '../../../src/lib/workflow/states'

type Notice = { report: Report; action: string; to: string; comment: string | null }

/**
 * Mail the people a report now waits on: the unit's editors when it is submitted, its
 * approvers when it goes for approval; the author when it is returned or published.
 * A failed mail is logged, never a reason to undo the transition.
 */
export async function notifyTransition(payload: Payload, notice: Notice): Promise<void> {
  const unit = relationId(notice.report.unit as never)
  const author = relationId(notice.report.createdBy as never)
  let where: Where | null = null
  if (notice.to === 'submitted' && unit) where = { and: [{ roles: { in: ['editor'] } }, { units: { in: [unit] } }] }
  else if (notice.to === 'inApproval' && unit) where = { and: [{ roles: { in: ['approver'] } }, { units: { in: [unit] } }] }
  else if ((notice.action === 'return' || notice.action === 'publish') && author) where = { id: { equals: author } }
  if (!where) return

  const { docs } = await payload.find({ collection: 'users', where, limit: 200, depth: 0, overrideAccess: true })
  const to = docs.map((u) => u.email).filter(Boolean)
  if (!to.length) return

  const link = `${payload.config.serverURL || ''}/admin/collections/reports/${notice.report.id}`
  const headline =
    notice.action === 'return'
      ? 'Tin bài được trả lại để sửa'
      : notice.action === 'publish'
        ? 'Tin bài đã được xuất bản'
        : `Tin bài chờ bạn xử lý: ${stateLabel(notice.to)}`
  const text = [`${headline}: "${notice.report.title}"`, notice.comment ? `Nhận xét: ${notice.comment}` : '', `Mở tin bài: ${link}`].filter(Boolean).join('\n')
  try {
    await payload.sendEmail({ to, subject: `[Dân vận CMS] ${headline}`, text })
  } catch (error) {
    payload.logger.error({ err: error, msg: `Could not send the workflow notice for report ${notice.report.id}` })
  }
}
