import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { relationId } from '../../../src/lib/roles'
import { validatePositions } from '../../../src/lib/officials/validatePositions'
import { requestLanguage } from '../../../src/i18n/translations'
import { unitsOfRequest } from '../../Units/unitsOfRequest'

/**
 * Refuses reversed, invalid, empty or overlapping positions, and positions in a unit that
 * does not exist (Payload checks relationships inside arrays only against the database's
 * foreign key, which answers 500), with one error per wrong row.
 */
export const checkPositions: CollectionBeforeValidateHook = async ({ collection, data, req }) => {
  if (!data || !Array.isArray(data.positions)) return data
  const language = requestLanguage(req)
  const errors = validatePositions(data.positions).map((e) => ({ path: e.path, message: e[language] }))
  const unitIds = data.positions.map((p: { unit?: unknown }) => relationId(p.unit as never))
  const wanted = [...new Set(unitIds.filter((id: string | null): id is string => Boolean(id)))]
  if (wanted.length) {
    const found = new Set((await unitsOfRequest(req)).map((u) => String(u.id)))
    unitIds.forEach((id: string | null, i: number) => {
      if (id && !found.has(id))
        errors.push({ path: `positions.${i}.unit`, message: language === 'vi' ? `Chức vụ số ${i + 1}: đơn vị không tồn tại.` : `Position ${i + 1}: unknown unit.` })
    })
  }
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  return data
}
