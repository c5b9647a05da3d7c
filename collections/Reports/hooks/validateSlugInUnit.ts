import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { tr } from '../../../src/i18n/translations'
import { relationId } from '../../../src/lib/roles'
import { slugify } from '../../../src/lib/text/slugify'

/**
 * A slug names a report within its unit's site. A clash answers a field error rather than
 * the unique index's bare database error.
 */
export const validateSlugInUnit: CollectionBeforeValidateHook = async ({ collection, data, originalDoc, req }) => {
  if (!data) return data
  const unit = relationId(data.unit ?? originalDoc?.unit)
  const slug = data.slug || (!originalDoc?.slug && typeof data.title === 'string' ? slugify(data.title) : originalDoc?.slug)
  if (!unit || !slug) return data
  const clash = await req.payload.find({
    collection: 'reports',
    where: {
      and: [
        { slug: { equals: slug } },
        { unit: { equals: data.unit && typeof data.unit === 'object' ? data.unit.id : (data.unit ?? originalDoc?.unit) } },
        ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    draft: true,
    limit: 1,
    pagination: false, // only whether one exists: no count query
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (clash.docs.length > 0) {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'slug', message: tr(req.t, 'slugTaken', { slug }) }], req }, req.t)
  }
  return data
}
