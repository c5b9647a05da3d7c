import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { tr } from '../../../src/i18n/translations'
import { hasRole, type StaffLike } from '../../../src/lib/roles'

/**
 * Only approvers (and admins) make a version published, whatever way the request comes in:
 * setting `_status: 'published'`, or saving a published report without making it a draft
 * (which would change live text without approval).
 */
export const guardPublish: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const user = req.user?.collection === 'users' ? (req.user as StaffLike) : null
  if (!user || hasRole(user, 'approver', 'admin')) return data
  const publishing = data._status === 'published' || (data._status === undefined && originalDoc?._status === 'published')
  if (publishing) throw new APIError(tr(req.t, 'publishNotAllowed'), 403, undefined, true)
  return data
}
