import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { unitsOfRequest } from '../../../src/data/unitsOfRequest'
import { requestLanguage } from '../../../src/i18n/translations'
import { relationId } from '../../../src/lib/roles'
import { unitProblemAmong } from '../../../src/lib/units'

/**
 * A report goes into a unit only for a date in the unit's period (a report without a date is
 * dated when published: now). Checked when a report is made or its unit or date changes, so
 * older reports of an ended board can still be edited; the error names the successor.
 */
export const checkUnitPeriod: CollectionBeforeValidateHook = async ({ collection, data, originalDoc, operation, req }) => {
  if (!data) return data
  const unitId = relationId((data.unit ?? originalDoc?.unit) as never)
  const moved = operation === 'create' || (data.unit !== undefined && relationId(data.unit as never) !== relationId(originalDoc?.unit as never))
  const redated = data.publishedAt !== undefined && String(data.publishedAt ?? '') !== String(originalDoc?.publishedAt ?? '')
  if (!unitId || !(moved || redated)) return data
  // an unknown unit is left to Payload's own relationship error
  const problem = unitProblemAmong(await unitsOfRequest(req), unitId, (data.publishedAt ?? originalDoc?.publishedAt) || new Date())
  if (problem) throw new ValidationError({ collection: collection.slug, errors: [{ path: 'unit', message: problem[requestLanguage(req)] }], req }, req.t)
  return data
}
