import { APIError, type CollectionBeforeOperationHook, type PayloadRequest, type SanitizedCollectionConfig } from 'payload'
import { tr } from '../i18n/translations'
import { checkCount, depthFor, isCountProblem, joinLimitFor, limitFor, MAX_COUNT, type CountName, type CountProblem } from '../lib/api/readLimits'

/** The arguments of Payload's operations this hook reads and rewrites (src/lib/api/readLimits.ts). */
type OperationArgs = {
  limit?: unknown
  depth?: unknown
  page?: unknown
  pagination?: boolean
  joins?: false | Record<string, { limit?: unknown; page?: unknown } | false | undefined>
  currentDepth?: number
  overrideAccess?: boolean
}

const REASON_KEYS = { notNumber: 'countNotNumber', notInteger: 'countNotInteger', negative: 'countNegative', tooLarge: 'countTooLarge' } as const

function refuse(req: PayloadRequest, problem: CountProblem): never {
  throw new APIError(tr(req.t, REASON_KEYS[problem.reason], { name: problem.name, value: problem.value, max: MAX_COUNT }), 400, undefined, true)
}

function count(req: PayloadRequest, name: CountName, value: unknown): number | undefined {
  const checked = checkCount(name, value)
  if (isCountProblem(checked)) refuse(req, checked)
  return checked
}

/** Join fields as the request may name them, with the number each returns unless told. */
function joinDefaults(collection: SanitizedCollectionConfig): Map<string, number> {
  const defaults = new Map<string, number>()
  for (const field of collection.flattenedFields) if (field.type === 'join') defaults.set(field.name, field.defaultLimit ?? 10)
  return defaults
}

/**
 * Caps what one REST or GraphQL request reads, on every collection (see withApiGuards). Only the
 * request's own operations: the server's Local API calls (payloadAPI 'local', or run past access
 * inside a request) choose their own sizes, and the relations Payload populates for a capped
 * read (`currentDepth` set) are bounded by its depth.
 */
export const applyReadLimits: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const a = args as OperationArgs
  if (req.payloadAPI === 'local' || a.overrideAccess || a.currentDepth !== undefined) return args
  const user = req.user
  const reads = operation === 'read' || operation === 'readDistinct'
  // any operation's answer is populated to its depth (a login's user, a save's document)
  const depth = count(req, 'depth', a.depth)
  if (depth !== undefined || (reads && !user)) a.depth = depthFor(user, depth, req.payload.config.defaultDepth)
  if (!reads) return args
  count(req, 'page', a.page)
  const limit = limitFor(user, count(req, 'limit', a.limit), a.pagination !== false)
  if (limit !== undefined) a.limit = limit
  if (a.joins !== false) {
    const joins = { ...a.joins }
    for (const [path, fieldDefault] of joinDefaults(collection)) {
      const join = joins[path]
      if (join === false) continue
      count(req, 'page', join?.page)
      joins[path] = { ...join, limit: joinLimitFor(user, count(req, 'limit', join?.limit), fieldDefault) }
    }
    a.joins = joins
  }
  return args
}
