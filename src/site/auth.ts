import { headers } from 'next/headers'
import { sitePayload } from './sitePayload'

/**
 * The signed-in staff member, read from the request's Payload cookie. Only the draft-preview
 * path calls this: cached pages never read cookies or headers.
 */
export async function currentStaff(requestHeaders?: Headers) {
  const payload = await sitePayload()
  const { user } = await payload.auth({ headers: requestHeaders ?? (await headers()) })
  return user && (user as { collection?: string }).collection === 'users' ? user : null
}
