/**
 * The headers every answer carries (pages, the admin, the API, files): a Content-Security-Policy
 * that names no outside origin, no framing by other sites, no MIME sniffing, a short referrer,
 * and HSTS once the site is served over HTTPS.
 *
 * Scripts keep 'unsafe-inline': Next's pages carry inline bootstrap scripts, and the only way
 * around that (a nonce per request) would make every public page dynamic, losing the page
 * cache; what matters for a board's site is that nothing loads from another origin.
 */
export type SecurityHeaderOptions = { serverURL?: string; development?: boolean }

export function contentSecurityPolicy({ development = false }: SecurityHeaderOptions = {}): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // React's development build evaluates code for its refresh; production does not
    'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'media-src': ["'self'", 'blob:'],
    // the dev server's hot reload speaks over a WebSocket to the same host
    'connect-src': ["'self'", ...(development ? ['ws:', 'wss:'] : [])],
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
    // the admin's live preview frames the site itself
    'frame-src': ["'self'"],
    'frame-ancestors': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}

export const isHttps = (serverURL?: string): boolean => /^https:\/\//i.test(serverURL ?? '')

export function securityHeaders(options: SecurityHeaderOptions = {}): { key: string; value: string }[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    ...(isHttps(options.serverURL) ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
  ]
}
