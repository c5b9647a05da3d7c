/**
 * Whether a name asked for at /api/media/file/:name can name a stored photo. The URL has been
 * decoded once by then: a name that still decodes to a path ("..%2f..%2fpackage.json", sent as
 * ..%252f) was encoded twice on purpose. NUL and other control characters never occur in a
 * stored name (and make Node's file functions throw).
 */
export function isPlausibleFileName(name: string): boolean {
  if (!name || name.length > 255) return false
  if (/[\u0000-\u001f\u007f/\\]/.test(name) || name === '.' || name === '..') return false
  let decoded = name
  try {
    decoded = decodeURIComponent(name)
  } catch {
    return true // a lone "%" ("50%.jpg"), not an escape
  }
  return decoded === name || isPlausibleFileName(decoded)
}
