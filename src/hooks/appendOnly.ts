import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'
import { tr } from '../i18n/translations'

/** Hooks run whatever the access mode, so not even the Local API rewrites history. */
export const refuseChange: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'update') throw new APIError(tr(req.t, 'auditImmutable'), 403, undefined, true)
  return data
}

export const refuseDelete: CollectionBeforeDeleteHook = ({ req }) => {
  throw new APIError(tr(req.t, 'auditImmutable'), 403, undefined, true)
}
