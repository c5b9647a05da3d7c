/**
 * How much one API request may read. An anonymous request once asked for 100,000 reports at
 * depth 10 and held the site for a minute (issue 13): every list is capped, and a number that
 * is not one is refused instead of reaching the database.
 *
 * Anonymous readers: 100 documents a request, relations one level deep (a report with its
 * unit, category, photos, officials… as documents; theirs as ids), 10 joined documents per
 * join. Staff: 1,000 documents (the admin never asks for more than 100 a page; a script paging
 * through an export gets ten times that, yet one request stays bounded) and Payload's own
 * depth limit (`maxDepth`, 10): staff requests are signed in, so accountable.
 */

export type ReadCaps = { limit: number; depth: number; joinLimit: number }

export const ANONYMOUS_CAPS: ReadCaps = { limit: 100, depth: 1, joinLimit: 10 }
export const STAFF_CAPS: ReadCaps = { limit: 1000, depth: 10, joinLimit: 1000 }

/** The largest count any API takes: GraphQL's Int, so REST and GraphQL accept the same numbers. */
export const MAX_COUNT = 2_147_483_647

export type Reader = { id: number | string } | null | undefined

export const capsFor = (user: Reader): ReadCaps => (user ? STAFF_CAPS : ANONYMOUS_CAPS)

export type CountName = 'limit' | 'depth' | 'page'

export type CountProblem = { name: CountName; value: string; reason: 'notNumber' | 'notInteger' | 'negative' | 'tooLarge' }

/**
 * A count as Payload hands it over: a number when its parser could read one, else the text as
 * sent ("abc"), or nothing. Returns the number, undefined when absent, or what is wrong with it.
 */
export function checkCount(name: CountName, value: unknown): number | undefined | CountProblem {
  if (value === undefined || value === null || value === '') return undefined
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : Number.NaN
  const text = String(value).slice(0, 40)
  if (Number.isNaN(number)) return { name, value: text, reason: 'notNumber' }
  if (number < 0) return { name, value: text, reason: 'negative' }
  if (number > MAX_COUNT) return { name, value: text, reason: 'tooLarge' }
  if (!Number.isInteger(number)) return { name, value: text, reason: 'notInteger' }
  return number
}

export const isCountProblem = (value: number | undefined | CountProblem): value is CountProblem => typeof value === 'object'

/**
 * The number of documents a list returns. Payload reads 0, and no limit with
 * `pagination: false`, as "all of them": both become the cap.
 */
export function limitFor(user: Reader, requested: number | undefined, pagination = true): number | undefined {
  const cap = capsFor(user).limit
  if (requested === undefined) return pagination ? undefined : cap
  if (requested === 0) return cap
  return Math.min(requested, cap)
}

/** Documents per join field (a join's limit 0 is "all" too). */
export function joinLimitFor(user: Reader, requested: number | undefined, fieldDefault: number): number {
  const cap = capsFor(user).joinLimit
  if (requested === undefined) return Math.min(fieldDefault || cap, cap)
  if (requested === 0) return cap
  return Math.min(requested, cap)
}

/** How deep relations are populated; without one Payload uses its `defaultDepth`. */
export function depthFor(user: Reader, requested: number | undefined, defaultDepth: number): number {
  return Math.min(requested ?? defaultDepth, capsFor(user).depth)
}
