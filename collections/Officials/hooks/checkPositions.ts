import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { validatePositions } from '../../../src/lib/officials/validatePositions'
import type { Position } from '../../../src/lib/officials/titlesAtDate'
import { requestLanguage } from '../../../src/i18n/translations'
import { organisationLookupOf } from '../../../src/data/organisationsOfRequest'

/**
 * Refuses reversed, invalid, empty or overlapping positions, and positions in an organisation
 * that does not exist or did not exist on the post's dates (Payload checks relationships inside
 * arrays only against the database's foreign key, which answers 500), with one error per wrong
 * row naming the position. Nothing is saved.
 */
export const checkPositions: CollectionBeforeValidateHook = async ({ collection, data, req }) => {
  if (!data || !Array.isArray(data.positions)) return data
  const language = requestLanguage(req)
  const errors = validatePositions(data.positions as Position[], await organisationLookupOf(req)).map((e) => ({ path: e.path, message: e[language] }))
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  return data
}
