import { describe, expect, it } from 'vitest'
import { PageCache, isStorable, pageCacheKey, purgeSharedPageCache, sharedPageCache } from './pageCache'

const page = (size = 10) => ({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'x-nextjs-cache': 'HIT' }, body: Buffer.alloc(size, 'a') })

describe('pageCacheKey', () => {
  it('keys public GETs by encoding and URL', () => {
    expect(pageCacheKey('GET', '/bai-viet/ban-a/tin-1', {})).toBe('identity /bai-viet/ban-a/tin-1')
    expect(pageCacheKey('GET', '/tim-kiem?q=dan+van', { 'accept-encoding': 'gzip, deflate, br' })).toBe('gzip /tim-kiem?q=dan+van')
    expect(pageCacheKey('GET', '/', { cookie: 'payload-token=abc' })).toBe('identity /')
  })

  it('leaves writes, HEAD, the admin, the API, assets, preview and the view beacon to Next', () => {
    expect(pageCacheKey('POST', '/', {})).toBeNull()
    expect(pageCacheKey('HEAD', '/', {})).toBeNull()
    for (const url of ['/admin', '/admin/collections/reports', '/api/reports', '/_next/static/x.js', '/xem-truoc/1', '/luot-xem'])
      expect(pageCacheKey('GET', url, {}), url).toBeNull()
    // a page whose name merely starts like a prefix is still a page
    expect(pageCacheKey('GET', '/apis-khac', {})).toBe('identity /apis-khac')
  })

  it("leaves the client router's requests and draft-mode visitors to Next", () => {
    expect(pageCacheKey('GET', '/', { rsc: '1' })).toBeNull()
    expect(pageCacheKey('GET', '/', { 'next-router-prefetch': '1' })).toBeNull()
    expect(pageCacheKey('GET', '/?_rsc=abc', {})).toBeNull()
    expect(pageCacheKey('GET', '/', { cookie: 'a=1; __prerender_bypass=xyz' })).toBeNull()
  })
})

describe('isStorable', () => {
  it('keeps only pages Next answered from its cache, for anyone', () => {
    expect(isStorable(200, { 'x-nextjs-cache': 'HIT' })).toBe(true)
    expect(isStorable(200, { 'x-nextjs-cache': 'MISS' })).toBe(false)
    expect(isStorable(200, { 'x-nextjs-cache': 'STALE' })).toBe(false)
    expect(isStorable(200, {})).toBe(false)
    expect(isStorable(404, { 'x-nextjs-cache': 'HIT' })).toBe(false)
    expect(isStorable(200, { 'x-nextjs-cache': 'HIT', 'set-cookie': ['a=1'] })).toBe(false)
    expect(isStorable(200, { 'x-nextjs-cache': 'HIT', 'cache-control': 'private, no-cache, no-store' })).toBe(false)
  })
})

describe('PageCache', () => {
  it('answers until its time limit', () => {
    const cache = new PageCache({ maxBytes: 1000, ttlMs: 100 })
    expect(cache.set('k', page(), cache.generation, 0)).toBe(true)
    expect(cache.get('k', 99)?.body.length).toBe(10)
    expect(cache.get('k', 100)).toBeUndefined()
    expect(cache.size).toBe(0)
  })

  it('forgets everything on a purge, and refuses answers begun before it', () => {
    const cache = new PageCache({ maxBytes: 1000, ttlMs: 1000 })
    const begun = cache.generation
    cache.set('a', page(), begun, 0)
    cache.purge()
    expect(cache.get('a', 1)).toBeUndefined()
    expect(cache.totalBytes).toBe(0)
    expect(cache.set('b', page(), begun, 2)).toBe(false)
    expect(cache.set('b', page(), cache.generation, 2)).toBe(true)
  })

  it('drops the least recently used pages to stay under its size', () => {
    const cache = new PageCache({ maxBytes: 800, ttlMs: 1000 })
    const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']
    for (const key of keys) cache.set(key, page(100), cache.generation, 0)
    cache.get('a', 1) // a is now the most recent, b the least
    cache.set('i', page(100), cache.generation, 2)
    expect(cache.get('b', 3)).toBeUndefined()
    expect(['a', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].every((key) => cache.get(key, 3))).toBe(true)
    expect(cache.totalBytes).toBe(800)
    // replacing a page counts its bytes once
    cache.set('a', page(50), cache.generation, 4)
    expect(cache.totalBytes).toBe(750)
    // a page bigger than an eighth of the cache is never kept
    expect(cache.set('huge', page(101), cache.generation, 5)).toBe(false)
  })

  it('is shared through globalThis, and purging without one is harmless', () => {
    const holder = globalThis as Record<symbol, unknown>
    const symbol = Symbol.for('danvan.pageCache')
    delete holder[symbol]
    expect(() => purgeSharedPageCache()).not.toThrow()
    const shared = sharedPageCache()
    expect(sharedPageCache()).toBe(shared)
    purgeSharedPageCache()
    expect(shared.generation).toBe(1)
    delete holder[symbol]
  })
})
