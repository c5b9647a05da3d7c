import { describe, expect, it } from 'vitest'
import { isRuntimeFreePage, withoutClientRuntime } from './clientRuntime'

// The shape of a page as Next 16.4 (Turbopack) sends it, shortened
const PAGE = [
  '<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/>',
  '<link rel="preload" href="/favicon.svg" as="image"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/1iih2fl-4m1sx.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/398c2d76j7v7d.js"/>',
  '<script src="/_next/static/chunks/0637v33xsjp-6.js" async=""></script>',
  '<script src="/_next/static/chunks/turbopack-077hmtqrhcoji.js" async=""></script>',
  '<title>Tin — Công tác Dân vận</title><link rel="icon" href="/favicon.svg"/>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script></head>',
  '<body><main id="noi-dung"><h1>Tin</h1><p>Bài có chữ self.__next_f và &lt;script&gt;</p>',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tin"}</script>',
  '<script src="/site.js" defer=""></script></main>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/398c2d76j7v7d.js"],"runtimeModuleIds":[494553]})</script>',
  '<script src="/_next/static/chunks/398c2d76j7v7d.js" async=""></script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:[\\"$\\",\\"h1\\",null,{\\"children\\":\\"Tin \\u003c/script\\u003e\\"}]"])</script>',
  '<script>$RC("B:0","S:0")</script>',
  '</body></html>',
].join('')

describe('withoutClientRuntime', () => {
  const out = withoutClientRuntime(PAGE)

  it("takes out Next's scripts, their preloads, the RSC payload and the Turbopack bootstrap", () => {
    expect(out).not.toMatch(/\/_next\/static\/[^"]*\.js/)
    expect(out).not.toContain('self.__next_f.push')
    expect(out).not.toContain('TURBOPACK')
    expect(out).not.toContain('<script id="_R_">')
  })

  it("keeps the content, the head, JSON-LD, the site's own script and other inline scripts", () => {
    for (const kept of [
      '<title>Tin — Công tác Dân vận</title>',
      '<link rel="preload" href="/favicon.svg" as="image"/>',
      '<link rel="stylesheet" href="/_next/static/chunks/1iih2fl-4m1sx.css" data-precedence="next"/>',
      '<h1>Tin</h1><p>Bài có chữ self.__next_f và &lt;script&gt;</p>',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tin"}</script>',
      '<script src="/site.js" defer=""></script>',
      '<script>$RC("B:0","S:0")</script>',
    ])
      expect(out).toContain(kept)
    expect(out.endsWith('</body></html>')).toBe(true)
  })

  it('inlines the stylesheets it is given, and leaves a link it has no text for', () => {
    const css = 'body{color:#222}'
    const inlined = withoutClientRuntime(PAGE, (href) => (href === '/_next/static/chunks/1iih2fl-4m1sx.css' ? css : undefined))
    expect(inlined).toContain(`<style>${css}</style>`)
    expect(inlined).not.toContain('rel="stylesheet"')
    expect(withoutClientRuntime(PAGE, () => undefined)).toContain('rel="stylesheet"')
    // text that would end the element early stays a link
    expect(withoutClientRuntime(PAGE, () => 'a{}</style><script>x()</script>')).toContain('rel="stylesheet"')
  })

  it('leaves a page without the runtime as it is', () => {
    expect(withoutClientRuntime(out)).toBe(out)
  })
})

describe('isRuntimeFreePage', () => {
  it('is a 200 HTML page only: not a 404 (Next fills it in from its payload), a redirect, a feed or a file', () => {
    expect(isRuntimeFreePage(200, { 'content-type': 'text/html; charset=utf-8' })).toBe(true)
    expect(isRuntimeFreePage(404, { 'content-type': 'text/html; charset=utf-8' })).toBe(false)
    expect(isRuntimeFreePage(308, { 'content-type': 'text/html' })).toBe(false)
    expect(isRuntimeFreePage(200, { 'content-type': 'application/rss+xml; charset=utf-8' })).toBe(false)
    expect(isRuntimeFreePage(200, { 'content-type': 'image/svg+xml' })).toBe(false)
    expect(isRuntimeFreePage(200, {})).toBe(false)
  })
})
