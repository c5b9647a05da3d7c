/**
 * The public site's page micro-cache: finished responses of pages Next served from its own
 * cache (x-nextjs-cache: HIT), kept in memory by the production server (src/server/serve.ts)
 * and answered without entering Next at all. Next's cache stays the source of truth: this one
 * only holds copies of its hits, is emptied whenever the site is revalidated
 * (src/site/revalidate.ts), and forgets everything after a short time so that writes made
 * by other processes (an import script) show as soon as Next's own time limit lets them.
 */
import { headerValue } from './headerValue'

export type CachedPage = { status: number; headers: Record<string, string | string[]>; body: Buffer; storedAt: number }

export type PageCacheOptions = { maxBytes: number; ttlMs: number }

export const DEFAULT_PAGE_CACHE: PageCacheOptions = { maxBytes: 64 * 1024 * 1024, ttlMs: 30_000 }

type Headers = Record<string, string | string[] | undefined>

/** Sent by Next's client router (RSC payloads, prefetches): those answers are Next's to give. */
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url']
/** Never the public site's cached pages: the admin, the API, Next's assets, preview and the view beacon. */
const UNCACHED_PREFIXES = ['/admin', '/api', '/_next', '/xem-truoc', '/luot-xem']
/** Draft mode and preview cookies make Next render fresh, per visitor. */
const BYPASS_COOKIES = /(?:^|;\s*)(?:__prerender_bypass|__next_preview_data)=/

/**
 * The key a request's answer is kept under, or null when it must go to Next. The encoding is
 * part of the key because Next compresses for clients that accept gzip.
 */
export function pageCacheKey(method: string | undefined, url: string | undefined, headers: Headers): string | null {
  if (method !== 'GET' || !url || !url.startsWith('/')) return null
  const pathname = url.split('?')[0]
  if (UNCACHED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) return null
  if (url.includes('_rsc=') || ROUTER_HEADERS.some((name) => headers[name] !== undefined)) return null
  if (BYPASS_COOKIES.test(headerValue(headers, 'cookie'))) return null
  const gzip = /\bgzip\b/.test(headerValue(headers, 'accept-encoding'))
  return `${gzip ? 'gzip' : 'identity'} ${url}`
}

/** Whether a finished answer may be kept: a page Next itself answered from its cache, for anyone. */
export function isStorable(status: number, headers: Headers): boolean {
  if (status !== 200) return false
  if (headerValue(headers, 'x-nextjs-cache').toUpperCase() !== 'HIT') return false
  if (headers['set-cookie'] !== undefined) return false
  return !/\b(?:private|no-store|no-cache)\b/.test(headerValue(headers, 'cache-control'))
}

export class PageCache {
  private readonly entries = new Map<string, CachedPage>()
  private bytes = 0
  /** Bumped by every purge: an answer begun before a purge is not stored after it. */
  generation = 0

  constructor(private readonly options: PageCacheOptions = DEFAULT_PAGE_CACHE) {}

  get(key: string, now = Date.now()): CachedPage | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (now - entry.storedAt >= this.options.ttlMs) {
      this.remove(key)
      return undefined
    }
    // least recently used goes first: move this one to the end
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry
  }

  /** Stores the answer unless a purge happened since it began (`generation` then) or it is too big. */
  set(key: string, page: Omit<CachedPage, 'storedAt'>, generation: number, now = Date.now()): boolean {
    if (generation !== this.generation) return false
    if (page.body.length > this.options.maxBytes / 8) return false
    this.remove(key)
    this.entries.set(key, { ...page, storedAt: now })
    this.bytes += page.body.length
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break
      this.entries.delete(oldest)
      this.bytes -= entry.body.length
    }
    return true
  }

  purge(): void {
    this.entries.clear()
    this.bytes = 0
    this.generation++
  }

  get size(): number {
    return this.entries.size
  }

  get totalBytes(): number {
    return this.bytes
  }

  private remove(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= entry.body.length
  }
}

const SHARED = Symbol.for('danvan.pageCache')

/**
 * The one cache of this process, on globalThis: the server and the revalidation code reach it
 * from different bundles (the server file and Next's compiled chunks).
 */
export function sharedPageCache(): PageCache {
  const holder = globalThis as { [SHARED]?: PageCache }
  return (holder[SHARED] ??= new PageCache())
}

/** Empties the shared cache if this process has one (only the production server makes it). */
export function purgeSharedPageCache(): void {
  ;(globalThis as { [SHARED]?: PageCache })[SHARED]?.purge()
}
