import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { tr } from '../../../src/i18n/translations'
import { legalNumberKey } from '../../../src/lib/legal/legalNumberKey'

/**
 * Derives the normalised number and refuses a second record of the same document with a
 * field error (the unique index alone would answer with a bare database error).
 */
export const setNumberKey: CollectionBeforeValidateHook = async ({ collection, data, originalDoc, req }) => {
  if (!data || typeof data.number !== 'string' || !data.number.trim()) return data
  const numberKey = legalNumberKey(data.number)
  const clash = await req.payload.find({
    collection: 'legal-documents',
    where: { numberKey: { equals: numberKey }, ...(originalDoc?.id !== undefined ? { id: { not_equals: originalDoc.id } } : {}) },
    limit: 1,
    pagination: false, // only whether one exists: no count query
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (clash.docs.length > 0) {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'number', message: tr(req.t, 'legalNumberTaken', { number: data.number }) }], req }, req.t)
  }
  data.numberKey = numberKey
  return data
}
