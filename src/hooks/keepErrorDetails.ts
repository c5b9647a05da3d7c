import type { AfterErrorHook } from 'payload'
import { restoreErrorDetails } from '../lib/api/errorDetails'

/** Every REST error answer keeps its public data and words in production builds too (src/lib/api/errorDetails.ts). */
export const keepErrorDetails: AfterErrorHook = ({ error, result }) => {
  const response = restoreErrorDetails(error, result)
  return response ? { response } : undefined
}
