/**
 * What the production server does to Next's answer to a public site request (one `pageCacheKey`
 * gives: not the admin, the API, preview or the client router): a page is sent without Next's
 * client runtime and with its stylesheet inline (src/lib/site/clientRuntime.ts says why), and an
 * answer Next gave from its cache is copied into the page micro-cache (src/lib/site/pageCache.ts).
 */
import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'
import zlib from 'node:zlib'
import { isRuntimeFreePage, withoutClientRuntime } from '../lib/site/clientRuntime'
import { isStorable, type PageCache } from '../lib/site/pageCache'

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date'])

/** Whole-buffer zlib for the encodings Next's compression uses (gzip, deflate). */
const CODINGS: Record<string, { decode(body: Buffer): Buffer; encode(body: Buffer): Buffer }> = {
  identity: { decode: (b) => b, encode: (b) => b },
  gzip: { decode: (b) => zlib.gunzipSync(b), encode: (b) => zlib.gzipSync(b) },
  deflate: { decode: (b) => zlib.inflateSync(b), encode: (b) => zlib.deflateSync(b) },
}

/** The build's stylesheets by address (/_next/static/…), each read once. */
export function builtStylesheets(distDir: string): (href: string) => string | undefined {
  const read = new Map<string, string | undefined>()
  const root = path.resolve(distDir, 'static')
  return (href) => {
    if (!read.has(href)) {
      const file = path.resolve(root, decodeURIComponent(href.replace(/^\/_next\/static\//, '')))
      read.set(href, file.startsWith(`${root}${path.sep}`) && fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined)
    }
    return read.get(href)
  }
}

type Call = (...args: unknown[]) => unknown

/**
 * Wraps `res` before Next handles the request. Which kind of answer it is shows once Next has
 * set its headers, at the first of writeHead, flushHeaders, write and end:
 * - a page (a 200 HTML answer) is held whole: its headers are not sent (Next sets a length for a
 *   cached page and flushes a streamed one's headers early), then at the end it is decoded,
 *   lightened, encoded again and sent with its new length, and kept if `cache` may keep it;
 * - any other answer Next gave from its cache (a feed) streams through and is kept;
 * - the rest streams through untouched.
 * Next's compression wraps these methods in turn, so they see compressed bytes.
 */
export function interceptSitePage(res: http.ServerResponse, cache: PageCache | null, key: string, stylesheet: (href: string) => string | undefined): void {
  const generation = cache?.generation ?? 0
  const { writeHead, flushHeaders, write, end } = res as unknown as Record<'writeHead' | 'flushHeaders' | 'write' | 'end', Call>
  let mode: 'page' | 'copy' | 'pass' | 'sending' | undefined
  let storable = false
  const chunks: Buffer[] = []
  const decide = (status = res.statusCode) => {
    if (mode) return
    res.statusCode = status
    const headers = res.getHeaders()
    storable = cache !== null && isStorable(status, headers as Record<string, string | string[]>)
    mode = isRuntimeFreePage(status, headers) ? 'page' : storable ? 'copy' : 'pass'
  }
  const take = (chunk: unknown, encoding: unknown) => {
    decide()
    if (mode === 'pass' || chunk == null || typeof chunk === 'function') return
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array))
  }
  const store = (body: Buffer) => {
    const headers: Record<string, string | string[]> = {}
    for (const [name, value] of Object.entries(res.getHeaders())) if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = Array.isArray(value) ? value : String(value)
    headers['content-length'] = String(body.length)
    headers['x-page-cache'] = 'HIT' // on the copies only: tells an operator (and the tests) who answered
    cache!.set(key, { status: res.statusCode, headers, body }, generation)
  }

  res.writeHead = function (this: http.ServerResponse, ...args: unknown[]) {
    // header fields given here are set first, as Node would, so the decision sees them
    const fields = args.find((arg, i) => i > 0 && arg !== null && typeof arg === 'object' && !Array.isArray(arg)) as http.OutgoingHttpHeaders | undefined
    if (fields) for (const [name, value] of Object.entries(fields)) if (value !== undefined) this.setHeader(name, value)
    decide(typeof args[0] === 'number' ? args[0] : undefined)
    // a held page's headers go out with its body
    return mode === 'page' ? this : writeHead.call(this, ...args.filter((arg) => arg !== fields))
  } as typeof res.writeHead
  res.flushHeaders = function (this: http.ServerResponse) {
    decide()
    if (mode !== 'page') flushHeaders.call(this)
  }
  res.write = function (this: http.ServerResponse, chunk: unknown, ...rest: unknown[]) {
    take(chunk, rest[0])
    if (mode !== 'page') return write.call(this, chunk, ...rest) as boolean
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined
    if (callback) process.nextTick(callback)
    return true
  } as typeof res.write
  res.end = function (this: http.ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    take(chunk, rest[0])
    if (mode === 'page') {
      mode = 'sending'
      const callback = [chunk, ...rest].find((arg) => typeof arg === 'function')
      const held = Buffer.concat(chunks)
      const coding = CODINGS[String(this.getHeader('content-encoding') ?? 'identity').toLowerCase()]
      let body: Buffer = held
      try {
        if (coding) body = coding.encode(Buffer.from(withoutClientRuntime(coding.decode(held).toString('utf8'), stylesheet)))
      } catch (error) {
        console.error('page sent as Next made it:', error) // (a body its encoding does not decode)
      }
      this.setHeader('content-length', String(body.length))
      // kept now, not on 'finish': the client may ask again before that event comes
      if (storable) store(body)
      return end.call(this, body, callback) as http.ServerResponse
    }
    if (mode === 'copy') store(Buffer.concat(chunks))
    return end.call(this, chunk, ...rest) as http.ServerResponse
  } as typeof res.end
}
