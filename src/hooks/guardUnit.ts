import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { tr } from '../i18n/translations'
import { isAdmin, staffOf, worksInUnit } from '../lib/roles'

/**
 * Nobody but an admin puts content into a unit they do not belong to, on create or by
 * moving it. Access functions cannot see the new value on update, so this hook does.
 */
export const guardUnit: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const user = staffOf(req)
  if (!user || isAdmin(user)) return data
  const unit = data.unit ?? originalDoc?.unit
  if (unit !== undefined && unit !== null && !worksInUnit(user, unit)) {
    throw new APIError(tr(req.t, 'unitNotYours'), 403, undefined, true)
  }
  return data
}
