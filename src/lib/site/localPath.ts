const BASE = 'http://local.invalid'

/**
 * A redirect target that stays on this site: the path, query and hash of `raw` resolved as a
 * browser would (backslashes as slashes, tabs and newlines dropped, dot segments collapsed),
 * or `fallback` when that would leave the origin. A leading "//" left after resolution is
 * protocol-relative to a browser, so it is reduced to one slash.
 */
export function localPath(raw: string | null | undefined, fallback = '/'): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//')) return fallback
  let url: URL
  try {
    url = new URL(raw, BASE)
  } catch {
    return fallback
  }
  if (url.origin !== BASE) return fallback
  const path = `${url.pathname.replace(/^\/+/, '/')}${url.search}${url.hash}`
  // whatever the parser kept must still be a plain path to a browser
  return /^\/(?![/\\])/.test(path) && !/[\u0000-\u001f\\]/.test(path) ? path : fallback
}
