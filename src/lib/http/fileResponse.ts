import { createHash } from 'node:crypto'

export type ByteRange = { start: number; end: number }

/**
 * The one byte range a Range header asks of a file of `size` bytes (RFC 9110 §14): `bytes=0-99`,
 * `bytes=100-` or `bytes=-100` (the last 100). Null when there is none to honour, and the whole
 * file is the answer: no header, another unit, several ranges (allowed to be ignored), or a
 * header that does not parse. 'unsatisfiable' when it starts past the end (416).
 */
export function byteRange(header: string | null | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '')
  if (!match || (!match[1] && !match[2])) return null
  if (!match[1]) {
    const suffix = Number(match[2])
    return suffix === 0 || size === 0 ? 'unsatisfiable' : { start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(match[1])
  const end = match[2] ? Number(match[2]) : size - 1
  if (end < start && match[2]) return null
  if (start >= size) return 'unsatisfiable'
  return { start, end: Math.min(end, size - 1) }
}

/** A strong validator of the bytes themselves: a photo's sizes are written again under the same names when its focal point moves. */
export const entityTag = (body: Uint8Array): string => `"${createHash('sha1').update(body).digest('base64url')}"`

/** Whether an If-None-Match list names this tag (weak comparison, as RFC 9110 asks for it). */
function matchesAny(list: string, tag: string): boolean {
  const bare = (t: string) => t.trim().replace(/^W\//, '')
  return list.split(',').some((t) => t.trim() === '*' || bare(t) === bare(tag))
}

/**
 * A stored file as the answer to a GET, with `headers` (type, caching) on every answer: 304 when
 * the client's copy is this one (a reader's browser asks again once its five minutes are up, and
 * is spared the photo), 206 for one byte range (a PDF viewer, a resumed download), 416 for a
 * range past the end, else 200 with the whole file.
 */
export function fileResponse(requestHeaders: Headers, body: Uint8Array, headers: Record<string, string>): Response {
  const etag = entityTag(body)
  const common = { ...headers, ETag: etag, 'Accept-Ranges': 'bytes' }
  const ifNoneMatch = requestHeaders.get('if-none-match')
  if (ifNoneMatch && matchesAny(ifNoneMatch, etag)) return new Response(null, { status: 304, headers: common })
  // If-Range: the range only of the copy the client has; another copy is sent whole
  const ifRange = requestHeaders.get('if-range')
  const range = ifRange && ifRange.trim() !== etag ? null : byteRange(requestHeaders.get('range'), body.length)
  if (range === 'unsatisfiable') return new Response(null, { status: 416, headers: { ...common, 'Content-Range': `bytes */${body.length}` } })
  if (range) {
    const part = body.subarray(range.start, range.end + 1)
    return new Response(new Uint8Array(part), {
      status: 206,
      headers: { ...common, 'Content-Range': `bytes ${range.start}-${range.end}/${body.length}`, 'Content-Length': String(part.length) },
    })
  }
  return new Response(new Uint8Array(body), { headers: { ...common, 'Content-Length': String(body.length) } })
}
