/**
 * The public site's pages work without JavaScript: every link is a plain link, every form a GET
 * form, and a report's two behaviours (print, view count) are the small static public/site.js.
 * Next still sends its client runtime with every page: React, its router, the Turbopack loader
 * and the page's RSC payload (`self.__next_f.push`, the whole page a second time) to hydrate the
 * server-rendered tree. On a phone-speed CPU that was most of the page's main-thread time, and
 * all of Lighthouse's Total Blocking Time. The production server takes it out of public pages
 * (src/server/serve.ts); the admin, preview (draft mode) and Next's other answers keep it.
 */

import { headerValue, type HeaderFields } from './headerValue'

/**
 * Whether an answer to a public page request (see pageCacheKey) is a page to send without the
 * runtime: a 200 HTML page. A 404 is left whole: Next 16 sends notFound() as an error shell that
 * the browser fills in from the inlined payload.
 */
export function isRuntimeFreePage(status: number, headers: HeaderFields): boolean {
  return status === 200 && /^text\/html\b/i.test(headerValue(headers, 'content-type'))
}

/** Next's scripts (chunks, the nomodule polyfills) and their preloads. */
const CHUNK_SCRIPT = /<script\b[^>]*\bsrc="\/_next\/static\/[^"]*"[^>]*><\/script>/g
const CHUNK_PRELOAD = /<link\b(?=[^>]*\bhref="\/_next\/static\/[^"]*\.m?js")[^>]*\/?>/g
/**
 * Inline scripts that feed the runtime: the RSC payload and the Turbopack bootstrap. Their
 * content never holds "</script" (Next escapes "<" in both), so the first end tag closes them.
 * Any other inline script (JSON-LD, React's streaming swaps) is kept.
 */
const RUNTIME_INLINE_SCRIPT = /<script\b[^>]*>\s*\(?\s*(?:self\.__next_f\b|globalThis\[?["']?TURBOPACK\b)[\s\S]*?<\/script>/g
const STYLESHEET = /<link\b(?=[^>]*\brel="stylesheet")[^>]*\bhref="(\/_next\/static\/[^"]*\.css)"[^>]*\/?>/g

/**
 * The page without Next's client runtime. With `stylesheet` (the text of a built stylesheet by its
 * address, undefined if unknown), each of Next's stylesheet links becomes a <style> element, so
 * the first paint waits for no request.
 */
export function withoutClientRuntime(html: string, stylesheet?: (href: string) => string | undefined): string {
  let out = html.replace(CHUNK_SCRIPT, '').replace(CHUNK_PRELOAD, '').replace(RUNTIME_INLINE_SCRIPT, '')
  if (stylesheet)
    out = out.replace(STYLESHEET, (link, href: string) => {
      const css = stylesheet(href)
      return css === undefined || /<\/style/i.test(css) ? link : `<style>${css}</style>`
    })
  return out
}
