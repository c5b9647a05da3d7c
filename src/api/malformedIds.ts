import { isValidID, NotFound, type CollectionBeforeOperationHook } from 'payload'

/**
 * /api/units/abc on SQLite: the id becomes NaN and the query fails in the database (a 500). An id
 * that cannot exist names nothing: 404, as a well-formed unknown id does.
 */
export const refuseMalformedIds: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const id = (args as { id?: unknown }).id
  if (id === undefined || id === null || req.payloadAPI === 'local') return args
  const idType = req.payload.collections[collection.slug]?.customIDType ?? req.payload.db.defaultIDType
  // ids arrive as strings from URLs and from our own hooks ("12"): those name a number id
  const asGiven = idType === 'number' && typeof id === 'string' && /^\d{1,15}$/.test(id) ? Number(id) : id
  if (!isValidID(asGiven as number | string, idType)) throw new NotFound(req.t)
  return args
}
