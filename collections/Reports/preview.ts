import type { PayloadRequest } from 'payload'
import { previewPath, siteOrigin } from '../../src/lib/site/urls'

/**
 * The address staff open to preview a report: /xem-truoc checks who they are, turns on Next's
 * draft mode and goes to the report's public page, which then shows the newest version. The
 * live preview needs an absolute URL on the admin's own origin (it checks the origin of the
 * iframe's messages), so the request's host is used, then SERVER_URL, then SITE_URL.
 */
export function reportPreviewURL(doc: { id?: number | string | null } | null | undefined, req: PayloadRequest | undefined): string | null {
  if (doc?.id === undefined || doc?.id === null) return null
  const host = req?.headers?.get('x-forwarded-host') ?? req?.headers?.get('host')
  const proto = req?.headers?.get('x-forwarded-proto') ?? (host?.startsWith('localhost') || host?.startsWith('127.') ? 'http' : 'https')
  const origin = host ? `${proto}://${host}` : process.env.SERVER_URL?.replace(/\/+$/, '') || siteOrigin()
  return `${origin}${previewPath({ id: doc.id })}`
}
