import http from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PageCache, pageCacheKey } from '../lib/site/pageCache'
import { interceptSitePage } from './sitePages'

type Middleware = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void
/** The compression Next's server puts around every answer (it wraps the response after us). */
const compression = createRequire(import.meta.url)('next/dist/compiled/compression') as () => Middleware

const CSS = '.site-header{color:red}'
const page = (text: string) =>
  `<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><script src="/_next/static/chunks/main.js" async=""></script></head><body><h1>${text}</h1>${'<p>Nội dung bài viết.</p>'.repeat(100)}<script>self.__next_f.push([1,"x"])</script></body></html>`

/** Answers as Next does: a cached page with its length, a streamed one with its headers flushed first, a feed, a 404. */
function next(req: http.IncomingMessage, res: http.ServerResponse) {
  const html = { 'Content-Type': 'text/html; charset=utf-8' }
  const cached = { ...html, 'x-nextjs-cache': 'HIT', 'Cache-Control': 's-maxage=300, stale-while-revalidate=31535700' }
  const send = (status: number, headers: Record<string, string>, body: string) => {
    res.statusCode = status
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    res.setHeader('Content-Length', Buffer.byteLength(body))
    res.end(body)
  }
  if (req.url === '/cached') return send(200, cached, page('Tin đã lưu'))
  if (req.url === '/missing') return send(404, cached, page('Không tìm thấy trang'))
  if (req.url === '/rss.xml') return send(200, { 'Content-Type': 'application/rss+xml', 'x-nextjs-cache': 'HIT' }, `<rss>${'<item/>'.repeat(300)}</rss>`)
  if (req.url === '/streamed') {
    res.statusCode = 200
    res.setHeader('Content-Type', html['Content-Type'])
    res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate')
    res.flushHeaders()
    const body = page('Danh sách mô hình')
    res.write(body.slice(0, 500))
    setImmediate(() => {
      res.write(Buffer.from(body.slice(500, 1500)))
      res.end(body.slice(1500))
    })
    return
  }
  res.writeHead(200, { 'Content-Type': 'image/svg+xml' }).end('<svg/>')
}

describe('interceptSitePage, around Next and its compression', () => {
  const cache = new PageCache()
  let server: http.Server
  let base = ''
  beforeAll(async () => {
    const compress = compression()
    server = http.createServer((req, res) => {
      interceptSitePage(res, cache, pageCacheKey(req.method, req.url, req.headers)!, (href) => (href === '/_next/static/chunks/a.css' ? CSS : undefined))
      compress(req, res, () => next(req, res))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))

  /** The raw answer, undecoded. */
  const raw = (path: string, encoding: string) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(`${base}${path}`, { headers: { 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
        })
        .on('error', reject)
    })

  for (const encoding of ['gzip', 'identity'])
    it(`sends pages, cached or streamed, without the runtime and with their CSS, at their new length (${encoding})`, async () => {
      for (const path of ['/cached', '/streamed']) {
        const res = await raw(path, encoding)
        expect(res.headers['content-encoding'] ?? 'identity', path).toBe(encoding)
        expect(res.headers['content-length'], path).toBe(String(res.body.length))
        const html = (encoding === 'gzip' ? zlib.gunzipSync(res.body) : res.body).toString('utf8')
        expect(html, path).not.toMatch(/_next\/static\/chunks\/main\.js|self\.__next_f|rel="stylesheet"/)
        expect(html, path).toContain(`<style>${CSS}</style>`)
        expect(html, path).toMatch(/<h1>(Tin đã lưu|Danh sách mô hình)<\/h1>(<p>Nội dung bài viết\.<\/p>){100}<\/body><\/html>$/)
      }
      // only the page Next had cached is kept, lightened as it was sent
      const copy = cache.get(`${encoding} /cached`)
      expect(copy?.body.length).toBeGreaterThan(0)
      expect((encoding === 'gzip' ? zlib.gunzipSync(copy!.body) : copy!.body).toString()).toContain(`<style>${CSS}</style>`)
      expect(cache.get(`${encoding} /streamed`)).toBeUndefined()
    })

  it('leaves a 404, a feed and a file as Next sent them, and keeps the cached feed', async () => {
    const missing = await raw('/missing', 'identity')
    expect(missing.status).toBe(404)
    expect(missing.body.toString()).toBe(page('Không tìm thấy trang'))
    const feed = await raw('/rss.xml', 'gzip')
    expect(zlib.gunzipSync(feed.body).toString()).toBe(`<rss>${'<item/>'.repeat(300)}</rss>`)
    expect(zlib.gunzipSync(cache.get('gzip /rss.xml')!.body).toString()).toBe(`<rss>${'<item/>'.repeat(300)}</rss>`)
    expect((await raw('/favicon.svg', 'identity')).body.toString()).toBe('<svg/>')
  })
})
