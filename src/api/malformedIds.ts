import { isValidID, NotFound, type CollectionBeforeOperationHook } from 'payload'

/**
 * /api/units/abc on SQLite: the id becomes NaN and the query fails in the database (a 500). An id
 * that cannot exist names nothing: 404, as a well-formed unknown id does.
 */
export const refuseMalformedIds: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const id = (args as { id?: unknown }).id
  if (id === undefined || id === null || req.payloadAPI === 'local') return args
  const idType = req.payload.collections[collection.slug]?.customIDType ?? req.payload.db.defaultIDType
  if (!isValidID(id as number | string, idType)) throw new NotFound(req.t)
  return args
}
