import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { tr } from '../../../src/i18n/translations'
import { inReportStaff } from '../../../src/lib/comments/thread'
import { relationId, staffOf } from '../../../src/lib/roles'

/** A comment carries its author and its report's unit; only the report's staff comment on it. */
export const stampComment: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const user = staffOf(req)
  // only the workflow's "Trả lại" writes a return comment (transitionReport)
  if (!req.context.workflowTransition) data.kind = operation === 'create' ? 'comment' : originalDoc?.kind
  if (operation === 'create') {
    const reportId = relationId(data.report)
    const report = reportId
      ? await req.payload.findByID({ collection: 'reports', id: reportId, depth: 0, draft: true, overrideAccess: true, disableErrors: true, req })
      : null
    if (!report) throw new APIError(tr(req.t, 'reportNotFound'), 400, undefined, true)
    data.unit = report.unit
    if (user) {
      // only those who can read the report join its thread
      if (!inReportStaff(user, report)) throw new APIError(tr(req.t, 'notReportStaff'), 403, undefined, true)
      data.author = user.id
    }
  } else {
    data.author = originalDoc?.author
    data.unit = originalDoc?.unit
    data.report = originalDoc?.report
  }
  return data
}
