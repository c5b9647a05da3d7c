import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { tr } from '../../../src/i18n/translations'
import { hasRole, type StaffLike } from '../../../src/lib/roles'
import { stateLabel } from '../../../src/lib/workflow/states'

/**
 * Ordinary saves by staff (admin form, REST, GraphQL, Local API with a user) cannot move a
 * report through the workflow or touch what is live; only transitionReport can (it marks
 * its request). System writes without a user (the importer, the seed) are trusted.
 */
export const guardWorkflow: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (req.context.workflowTransition || req.user?.collection !== 'users') return data
  const user = req.user as StaffLike
  const draftSave = Boolean(req.context.reportDraftSave)
  const state = (originalDoc?.workflowState as string | undefined) ?? 'draft'
  if (req.context.reportRestore) {
    // An old version comes back as a new draft that needs approval; restoring straight over
    // the live document would publish without the workflow.
    if (!draftSave) throw new APIError(tr(req.t, 'workflowOnly'), 403, undefined, true)
    data._status = 'draft'
    data.workflowState = 'draft'
    return data
  }

  if (data._status === 'published' || (data.workflowState !== undefined && data.workflowState !== (operation === 'create' ? 'draft' : state))) {
    throw new APIError(tr(req.t, 'workflowOnly'), 403, undefined, true)
  }
  if (operation === 'create') {
    data.workflowState = 'draft'
    return data
  }
  // A direct save rewrites the live document. originalDoc is the latest version, which may be
  // a draft beside a published document, so ask for the document itself.
  if (!draftSave && originalDoc?.id !== undefined) {
    const live = await req.payload.count({
      collection: 'reports',
      where: { and: [{ id: { equals: originalDoc.id } }, { _status: { equals: 'published' } }] },
      overrideAccess: true,
      req,
    })
    if (live.totalDocs > 0) throw new APIError(tr(req.t, 'publishedNeedsDraft'), 403, undefined, true)
  }
  if (!hasRole(user, 'editor', 'approver', 'admin') && (state === 'submitted' || state === 'inApproval')) {
    throw new APIError(tr(req.t, 'lockedInReview', { state: stateLabel(state) }), 403, undefined, true)
  }
  // Editing what was published or taken down starts a new draft that needs approval again.
  if (state === 'published' || state === 'unpublished') data.workflowState = 'draft'
  return data
}
