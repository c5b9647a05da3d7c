import { describe, expect, it } from 'vitest'
import { byteRange, entityTag, fileResponse } from './fileResponse'

describe('byteRange', () => {
  it('reads the three forms of one range, clipped to the file', () => {
    expect(byteRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 })
    expect(byteRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 })
    expect(byteRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 })
    expect(byteRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 })
    expect(byteRange('bytes=990-2000', 1000)).toEqual({ start: 990, end: 999 })
  })

  it('answers the whole file for what it need not honour, and 416 past the end', () => {
    for (const header of [null, '', 'bytes=0-1,5-9', 'items=0-9', 'bytes=9-1', 'bytes=-', 'bytes=a-b']) expect(byteRange(header, 1000), String(header)).toBeNull()
    expect(byteRange('bytes=1000-', 1000)).toBe('unsatisfiable')
    expect(byteRange('bytes=-0', 1000)).toBe('unsatisfiable')
  })
})

describe('fileResponse', () => {
  const body = new Uint8Array(Array.from({ length: 256 }, (_, i) => i))
  const headers = { 'Content-Type': 'application/pdf', 'Cache-Control': 'public, max-age=300' }
  const answer = (request: Record<string, string>) => fileResponse(new Headers(request), body, headers)

  it('sends the whole file with its validator', async () => {
    const res = answer({})
    expect([res.status, res.headers.get('etag'), res.headers.get('accept-ranges'), res.headers.get('content-length'), res.headers.get('cache-control')]).toEqual([
      200,
      entityTag(body),
      'bytes',
      '256',
      'public, max-age=300',
    ])
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(body)
  })

  it('spares a client that has this copy: 304 with no body, weak tags and lists too', async () => {
    for (const tag of [entityTag(body), `W/${entityTag(body)}`, `"other", ${entityTag(body)}`, '*']) {
      const res = answer({ 'If-None-Match': tag })
      expect([res.status, res.headers.get('cache-control'), await res.text()]).toEqual([304, 'public, max-age=300', ''])
    }
    expect(answer({ 'If-None-Match': '"other"' }).status).toBe(200)
    // another content is another tag
    expect(entityTag(body.subarray(1))).not.toBe(entityTag(body))
  })

  it('sends one range, refuses one past the end, and sends the whole of a changed file', async () => {
    const part = answer({ Range: 'bytes=10-19' })
    expect([part.status, part.headers.get('content-range'), part.headers.get('content-length')]).toEqual([206, 'bytes 10-19/256', '10'])
    expect([...new Uint8Array(await part.arrayBuffer())]).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19])
    const past = answer({ Range: 'bytes=300-' })
    expect([past.status, past.headers.get('content-range')]).toEqual([416, 'bytes */256'])
    expect(answer({ Range: 'bytes=10-19', 'If-Range': entityTag(body) }).status).toBe(206)
    expect(answer({ Range: 'bytes=10-19', 'If-Range': '"an older copy"' }).status).toBe(200)
  })
})
