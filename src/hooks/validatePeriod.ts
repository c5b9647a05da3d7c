import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { tr } from '../i18n/translations'
import { relationId } from '../lib/roles'

/** Units and organisations: an end after the start, and no record its own successor. */
export const validatePeriod: CollectionBeforeValidateHook = ({ collection, data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const errors = []
  if (merged.validFrom && merged.validTo && new Date(merged.validTo) <= new Date(merged.validFrom)) {
    errors.push({ path: 'validTo', message: tr(req.t, 'validToBeforeFrom') })
  }
  if (originalDoc?.id !== undefined && relationId(merged.successor) === String(originalDoc.id)) {
    errors.push({ path: 'successor', message: tr(req.t, 'successorIsSelf') })
  }
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  return data
}
