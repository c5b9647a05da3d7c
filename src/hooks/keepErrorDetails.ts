import type { AfterErrorHook } from 'payload'
import { tr } from '../i18n/translations'
import { restoreErrorDetails } from '../lib/api/errorDetails'
import { malformedJson } from '../lib/api/malformedJson'

/**
 * Every REST error answer keeps its public data and words in production builds too
 * (src/lib/api/errorDetails.ts), and a query parameter a client sent as JSON that does not read
 * is its fault, a 400 naming it, not Payload's 500 "Something went wrong." (src/lib/api/malformedJson.ts).
 */
export const keepErrorDetails: AfterErrorHook = ({ error, req, result }) => {
  const malformed = malformedJson(error, req.url)
  // req.t is missing when the request failed before Payload made it its own
  if (malformed && typeof req.t === 'function') return { response: { errors: [{ message: tr(req.t, 'queryNotJson', { ...malformed }) }] }, status: 400 }
  const response = restoreErrorDetails(error, result)
  return response ? { response } : undefined
}
