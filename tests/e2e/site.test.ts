/**
 * The public site on a production server (`npm run build` + dist/serve.mjs as `npm start` runs it: `next dev` caches
 * nothing, so only this shows what readers get): cached pages, revalidation when a report is
 * published, edited or unpublished, published-only visibility in pages, feeds, sitemap and
 * search, staff draft preview; then Chromium at phone and desktop widths, with screenshots in
 * tests/e2e/screenshots/ and an axe-core check of every kind of page.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { child, childrenNamed, parseXml } from '../support/xml'
import { buildSite, prepareDatabase, removeSite, siteEnvironment, startSite, type RunningServer, type SiteEnvironment, type SiteFixtures } from '../support/productionServer'
import { launchChromium } from './browser'

const SCREENSHOTS = path.join(process.cwd(), 'tests/e2e/screenshots')
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

describe('the public site, served by the production server', () => {
  let site: SiteEnvironment
  let server: RunningServer
  let fx: SiteFixtures
  let token = ''
  let browser: Browser | undefined

  const get = (p: string, init: RequestInit = {}) => fetch(`${server.url}${p}`, { redirect: 'manual', ...init })
  const text = async (p: string) => (await get(p)).text()
  async function api(p: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers)
    if (token) headers.set('Authorization', `JWT ${token}`)
    if (typeof init.body === 'string') headers.set('Content-Type', 'application/json')
    const res = await fetch(`${server.url}/api${p}`, { ...init, headers })
    return { status: res.status, body: await res.json() }
  }
  const workflow = async (id: number | string, action: string) => {
    const res = await api(`/reports/${id}/workflow`, { method: 'POST', body: JSON.stringify({ action }) })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
  }
  /** Everything an anonymous reader can reach that lists reports. */
  const everywhere = async () => (await Promise.all(['/', fx.units.haiDuong.path, '/rss.xml', `${fx.units.haiDuong.path}/rss.xml`, '/sitemap.xml', '/chuyen-muc/dan-van-kheo'].map(text))).join('\n')

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
    site = siteEnvironment()
    buildSite(site)
    fx = prepareDatabase(site)
    server = await startSite(site)
    const login = await api('/users/login', { method: 'POST', body: JSON.stringify({ email: site.adminEmail, password: site.adminPassword }) })
    token = login.body.token
  }, 900_000) // a cold `next build` takes minutes on two cores

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    if (site) removeSite(site)
  })

  it('serves pages from the cache after their first request', async () => {
    for (const p of ['/', fx.reports.main.path, fx.units.haiDuong.path, fx.official.path]) {
      const first = await get(p)
      expect(first.status, p).toBe(200)
      const second = await get(p)
      // read whole: a compressed answer is kept only once Next has ended it
      const secondBody = await second.text()
      expect(second.headers.get('x-nextjs-cache'), p).toBe('HIT')
      expect(second.headers.get('cache-control'), p).toMatch(/s-maxage/)
      expect(second.headers.get('x-page-cache'), p).toBeNull()
      // from the third on, the server's copy of Next's cached page answers: the same bytes
      const third = await get(p)
      expect(third.headers.get('x-page-cache'), p).toBe('HIT')
      expect(third.headers.get('content-type'), p).toBe(second.headers.get('content-type'))
      expect(await third.text(), p).toBe(secondBody)
    }
    // the client router's requests are Next's own
    expect((await get(fx.reports.main.path, { headers: { RSC: '1' } })).headers.get('x-page-cache')).toBeNull()
    // a merged official's address sends readers to the record it went into
    const merged = await get(fx.official.duplicatePath)
    expect(merged.status).toBe(308)
    // (Next 16.4 repeats the header on cached redirects; every copy names the same record)
    expect(new Set(merged.headers.get('location')?.split(/,\s*/))).toEqual(new Set([fx.official.path]))
  })

  it("public pages come without Next's client runtime and with their stylesheet inline; preview, the admin and the 404 keep it", async () => {
    // (the runtime hydrated pages that need no script: src/lib/site/clientRuntime.ts)
    const runtime = /<script\b[^>]*\bsrc="\/_next\/static\/|self\.__next_f|TURBOPACK/
    for (const p of ['/', fx.reports.main.path, fx.units.haiDuong.path, fx.official.path, '/en', '/mo-hinh', '/tim-kiem?q=dan+van'])
      for (const encoding of ['gzip', 'identity'])
        for (let i = 0; i < 3; i++) {
          // Next's render, Next's cached page, the server's copy (for the cached pages)
          const res = await get(p, { headers: { 'Accept-Encoding': encoding } })
          const html = await res.text()
          const where = `${p} ${encoding} #${i + 1}`
          expect([where, res.status, runtime.exec(html)?.[0] ?? null]).toEqual([where, 200, null])
          expect(html, where).toMatch(/<head>.*<style>.*\.site-header\b.*<\/style>.*<\/head>/s)
          expect(html, where).not.toContain('rel="stylesheet"')
          expect(html.endsWith('</html>'), where).toBe(true)
          if (encoding === 'identity') expect(res.headers.get('content-length'), where).toBe(String(Buffer.byteLength(html)))
        }
    const login = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: site.adminEmail, password: site.adminPassword }) })
    const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0])
    const preview = await get(`/xem-truoc?id=${fx.reports.draft.id}`, { headers: { cookie: cookies.join('; ') } })
    const bypass = preview.headers.getSetCookie().find((c) => c.startsWith('__prerender_bypass='))!.split(';')[0]
    // live preview follows the editor's saves through Next's router
    const draft = await (await get(fx.reports.draft.path, { headers: { cookie: [...cookies, bypass].join('; ') } })).text()
    expect(draft).toContain('Bạn đang xem trước')
    expect(draft).toMatch(runtime)
    expect(await text('/admin/login')).toMatch(runtime)
    // Next sends notFound() as a shell it fills in from the payload
    expect(await text('/trang-khong-ton-tai')).toMatch(runtime)
  })

  it('never serves drafts, other units’ drafts or their titles anywhere', async () => {
    for (const r of [fx.reports.draft, fx.reports.caMauDraft, fx.reports.pending]) expect((await get(r.path)).status, r.path).toBe(404)
    const all = await everywhere()
    for (const r of [fx.reports.draft, fx.reports.caMauDraft, fx.reports.pending]) expect(all).not.toContain(r.title)
    expect(all).toContain(fx.reports.main.title.replace(/"/g, '&quot;'))
    const search = await text(`/tim-kiem?q=${encodeURIComponent('dan van kheo')}`)
    expect(search).toContain('Sơ kết phong trào thi đua')
    expect(search).not.toContain('Bản nháp chưa duyệt')
  })

  it('feeds are valid RSS 2.0 and the sitemap a valid urlset', async () => {
    for (const p of ['/rss.xml', `${fx.units.haiDuong.path}/rss.xml`]) {
      const res = await get(p)
      expect(res.headers.get('content-type')).toContain('application/rss+xml')
      const rss = parseXml(await res.text())
      expect([rss.name, rss.attrs.version]).toEqual(['rss', '2.0'])
      const channel = child(rss, 'channel')!
      for (const name of ['title', 'link', 'description']) expect(child(channel, name)?.text).toBeTruthy()
      const items = childrenNamed(channel, 'item')
      expect(items.length).toBeGreaterThan(0)
      for (const item of items) for (const name of ['title', 'link', 'guid', 'description']) expect(child(item, name), `${p} ${name}`).toBeDefined()
    }
    const urlset = parseXml(await text('/sitemap.xml'))
    const locs = childrenNamed(urlset, 'url').map((u) => child(u, 'loc')!.text)
    expect(locs).toContain(`http://localhost:3000${fx.reports.main.path}`)
    expect(await text('/robots.txt')).toContain('Sitemap: http://localhost:3000/sitemap.xml')
  })

  it('an unpublished report disappears at once from its page, home, unit page, feeds and sitemap', async () => {
    const r = fx.reports.toUnpublish
    expect((await get(r.path)).status).toBe(200)
    const cached = await get(r.path)
    await cached.text() // read whole: a compressed answer is kept only once Next has ended it
    expect(cached.headers.get('x-nextjs-cache')).toBe('HIT')
    expect((await get(r.path)).headers.get('x-page-cache')).toBe('HIT')
    expect(await everywhere()).toContain(r.title)
    expect(await everywhere()).toContain(r.title) // now from the server's copies too
    await workflow(r.id, 'unpublish')
    expect((await get(r.path)).status).toBe(404)
    expect(await everywhere()).not.toContain(r.title)
    expect(await text(`/tim-kiem?q=${encodeURIComponent('bộ nhớ đệm')}`)).not.toContain(r.title)
  })

  it('a published report appears at once, and its cached 404 is gone', async () => {
    const r = fx.reports.pending
    expect((await get(r.path)).status).toBe(404)
    expect((await get(r.path)).headers.get('x-nextjs-cache')).toBe('HIT') // the 404 itself was cached
    await workflow(r.id, 'publish')
    const page = await get(r.path)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain(r.title)
    expect(await everywhere()).toContain(r.title)
  })

  it('an edit to a live report shows only once it is approved again', async () => {
    const r = fx.reports.caMau
    for (let i = 0; i < 3; i++) expect(await text(r.path)).toContain(r.title)
    const edited = `${r.title} (cập nhật)`
    const saved = await api(`/reports/${r.id}?draft=true`, { method: 'PATCH', body: JSON.stringify({ title: edited }) })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const before = await text(r.path)
    expect(before).toContain(r.title)
    expect(before).not.toContain(edited)
    for (const action of ['submit', 'forward', 'publish']) await workflow(r.id, action)
    expect(await text(r.path)).toContain(edited)
    expect(await text('/')).toContain(edited)
  })

  it('signed-in staff preview drafts through /xem-truoc; readers still get a 404', async () => {
    const r = fx.reports.draft
    const anonymous = await get(`/xem-truoc?id=${r.id}`)
    expect(anonymous.status).toBe(307)
    expect(anonymous.headers.get('location')).toContain('/admin/login')
    const login = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: site.adminEmail, password: site.adminPassword }) })
    const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0])
    const preview = await get(`/xem-truoc?id=${r.id}`, { headers: { cookie: cookies.join('; ') } })
    expect(preview.status).toBe(307)
    expect(preview.headers.get('location')).toBe(r.path)
    const bypass = preview.headers.getSetCookie().find((c) => c.startsWith('__prerender_bypass='))!.split(';')[0]
    const page = await get(r.path, { headers: { cookie: [...cookies, bypass].join('; ') } })
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain(r.title)
    expect(html).toContain('Bạn đang xem trước')
    // draft mode without a signed-in user shows nothing more than readers see
    expect((await get(r.path, { headers: { cookie: bypass } })).status).toBe(404)
    expect((await get(r.path)).status).toBe(404)
  })

  it('"Lưu bài" downloads the article, and views are counted in the background', async () => {
    const download = await get(`${fx.reports.main.path}/luu`)
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.html"/)
    const saved = await download.text()
    expect(saved).toContain('Nguyễn Thị Quyên (Ban Dân vận Tỉnh ủy)')
    // self-contained: every photo inside the file, none fetched from the site; captions, credits, where and when it was saved
    const sources = [...saved.matchAll(/<img[^>]*\ssrc="([^"]*)"/g)].map((m) => m[1])
    expect(sources.length).toBeGreaterThanOrEqual(3)
    for (const src of sources) expect(src).toMatch(/^data:image\/(jpeg|png|webp);base64,/)
    expect(saved).not.toMatch(/\s(src|srcset)="https?:/)
    expect(saved).toContain('<span class="credit">Ảnh: Huy Kiên</span>')
    expect(saved).toContain(`Lưu từ <a href="http://localhost:3000${fx.reports.main.path}">`)
    expect(saved).toMatch(/ ngày \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\.<\/p>/)
    const count = async () => (await api(`/reports/${fx.reports.main.id}?depth=0`)).body.viewCount ?? 0
    const before = await count()
    // one client reloading twenty times counts once; another browser counts too; drafts and unknown ids not at all
    const beacon = (body: string, agent = 'Browser-A') => get('/luot-xem', { method: 'POST', body, headers: { 'User-Agent': agent } })
    for (let i = 0; i < 20; i++) expect((await beacon(String(fx.reports.main.id))).status).toBe(204)
    expect((await beacon(String(fx.reports.main.id), 'Browser-B')).status).toBe(204)
    expect((await beacon(String(fx.reports.draft.id))).status).toBe(204)
    expect((await beacon('999999')).status).toBe(204)
    let after = before
    for (let i = 0; i < 40 && after < before + 2; i++) {
      await new Promise((r) => setTimeout(r, 250))
      after = await count()
    }
    await new Promise((r) => setTimeout(r, 3500)) // one more flush: nothing else may arrive
    expect(await count()).toBe(before + 2)
    const draftViews = await api(`/report-views?where[report][equals]=${fx.reports.draft.id}`)
    expect(draftViews.body.docs ?? []).toEqual([])
  })

  it('the production API refuses in words: a wrong password and a refused workflow step keep their messages', async () => {
    // Turbopack's server minifier once left Payload's error classes nameless, and every refusal read "An unknown error occurred."
    const login = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept-Language': 'vi' }, body: JSON.stringify({ email: site.adminEmail, password: 'sai-mat-khau-1' }) })
    expect([login.status, (await login.json()).errors?.[0]?.message]).toEqual([401, 'Lỗi - Email hoặc mật khẩu không chính xác.'])
    const step = await fetch(`${server.url}/api/reports/${fx.reports.main.id}/workflow`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ action: 'publish' }) })
    const message = (await step.json()).errors?.[0]?.message
    expect(step.status).toBeGreaterThanOrEqual(400)
    expect(message).toBeTruthy()
    expect(message).not.toBe('An unknown error occurred.')
  })

  it('sends the security headers on pages, cached copies, the admin, the API and files, and no X-Powered-By', async () => {
    const photo = (await api(`/media?limit=1&depth=0`)).body.docs[0]
    const paths = ['/', '/', fx.reports.main.path, '/admin/login', '/api/reports?limit=1', '/rss.xml', ...(photo?.url ? [photo.url] : [])]
    for (const p of paths) {
      const res = await get(p)
      const csp = res.headers.get('content-security-policy') ?? ''
      expect([p, csp]).toEqual([p, expect.stringContaining("frame-ancestors 'self'")])
      expect(csp).toContain("object-src 'none'")
      expect(csp).toContain("base-uri 'self'")
      expect(csp).not.toMatch(/https?:\/\//)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(res.headers.get('x-powered-by')).toBeNull()
    }
    // the second request of the home page is the page cache's copy, and it carries them too
    expect((await get('/')).headers.get('x-page-cache')).toBe('HIT')
  })

  it('answers an unknown address with the Vietnamese 404 page', async () => {
    const res = await get('/trang-khong-ton-tai')
    expect(res.status).toBe(404)
    const html = await res.text()
    // Next 16.4 sends a notFound() page as an error shell whose content the browser renders
    // from the inlined payload (the browser test below checks what readers see)
    expect(html).toContain('Không tìm thấy trang')
    expect(html).toContain('<meta name="robots" content="noindex"/>')
  })

  it('a publish and an unpublish on one server process reach a second one on the same database within 2 s', async () => {
    // two replicas behind a load balancer: each keeps its own Next cache, page copies and search index
    const second = await startSite(site)
    try {
      const r = fx.reports.pending
      const pages = [r.path, '/', fx.units.haiDuong.path, '/rss.xml']
      const onSecond = (p: string) => fetch(`${second.url}${p}`, { redirect: 'manual' })
      const shown = async () => Promise.all(pages.map(async (p) => (await (await onSecond(p)).text()).includes(r.title)))
      // (search marks the words it matched: the hit's link says it is there)
      const found = async () => (await (await onSecond(`/tim-kiem?q=${encodeURIComponent('tin chờ duyệt được xuất bản')}`)).text()).includes(`href="${r.path}"`)
      /** Every page on the second server cached as it is now (Next's cache, then the server's copy). */
      const warm = async () => {
        for (const p of pages) for (let i = 0; i < 3; i++) await (await onSecond(p)).text()
        expect((await onSecond('/')).headers.get('x-page-cache')).toBe('HIT')
      }
      /**
       * Reads the second server until every page says `want`; the time from the write's answer
       * to the start of the first read that saw it (that read's own rendering is not counted).
       */
      const seenAfter = async (want: boolean) => {
        const written = Date.now()
        for (;;) {
          const started = Date.now()
          const [pagesNow, searchNow] = await Promise.all([shown(), found()])
          if (pagesNow.every((s) => s === want) && searchNow === want) return started - written
          if (started - written > 10_000) return Infinity
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
      }
      // the report live first (the tests above publish it; alone, this one does)
      const state = (await api(`/reports/${r.id}?depth=0`)).body.workflowState
      if (state !== 'published') for (const action of state === 'unpublished' ? ['reopen', 'submit', 'forward', 'publish'] : state === 'inApproval' ? ['publish'] : ['submit', 'forward', 'publish']) await workflow(r.id, action)
      await warm()
      expect(await shown()).toEqual(pages.map(() => true))

      await workflow(r.id, 'unpublish') // on the first server
      expect(await seenAfter(false)).toBeLessThanOrEqual(2000)
      expect((await onSecond(r.path)).status).toBe(404)

      await warm()
      for (const action of ['reopen', 'submit', 'forward', 'publish']) await workflow(r.id, action)
      expect(await seenAfter(true)).toBeLessThanOrEqual(2000)
      expect((await onSecond(r.path)).status).toBe(200)
    } finally {
      await second.stop()
    }
  })

  it('the portal pages of NĐ 42: contacts, /en, the HTML site map, albums, links to other portals on every page', async () => {
    const unit = fx.units.haiDuong
    const contact = { address: 'Số 1 đường Thử Nghiệm, thành phố Hải Dương', phone: '(0220) 3.852.345', email: 'bandanvan@haiduong.example.vn' }
    const saved = await api(`/units/${unit.id}`, { method: 'PATCH', body: JSON.stringify(contact) })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    // the board's contact page, "Liên hệ" and /en show it (the unit's change reached the cached pages)
    const own = await text(`/lien-he/${unit.slug}`)
    for (const value of [contact.address, 'href="tel:02203852345"', 'href="mailto:bandanvan@haiduong.example.vn"', 'Chức năng, nhiệm vụ']) expect(own).toContain(value)
    expect(await text('/lien-he')).toContain(contact.address)
    const english = await text('/en')
    expect(english).toContain('lang="en"')
    expect(english).toContain('Mass Mobilisation Commission of the Hải Dương Provincial Party Committee')
    expect(english).toContain(contact.address)
    expect(english).toContain('Standing office of the steering committee on grassroots democracy.')
    // a board nobody filled in shows no empty labels
    const caMau = await text(`/lien-he/${fx.units.caMau.slug}`)
    expect(caMau).not.toContain('Điện thoại')
    expect((await get('/lien-he/khong-co-ban-nay')).status).toBe(404)
    // every page links to /en and to the HTML site map, and lists other portals
    for (const p of ['/', fx.reports.main.path, unit.path, '/en', '/lien-he']) {
      const html = await text(p)
      expect([p, html.includes('href="/en"'), html.includes('href="/so-do-trang"'), html.includes('href="https://chinhphu.vn"')]).toEqual([p, true, true, true])
    }
    const map = await text('/so-do-trang')
    for (const href of ['/lien-he', '/en', '/thu-vien-anh', '/sitemap.xml', unit.path, `/lien-he/${unit.slug}`]) expect(map).toContain(`href="${href}"`)
    expect(await text('/sitemap.xml')).toContain('<loc>http://localhost:3000/so-do-trang</loc>')
    // albums: the report's gallery, listed in "Thư viện ảnh"
    const album = await get(`${fx.reports.main.path}/anh`)
    expect(album.status).toBe(200)
    expect((await album.text()).match(/<figcaption>/g)?.length).toBe(2)
    expect(await text('/thu-vien-anh')).toContain(`href="${fx.reports.main.path}/anh"`)
    expect(await text(fx.reports.main.path)).toContain(`href="${fx.reports.main.path}/anh"`)
    // the admin's list of portals reaches every cached page's footer, the server's copies too
    for (let i = 0; i < 3; i++) await text('/')
    expect((await get('/')).headers.get('x-page-cache')).toBe('HIT')
    const links = [
      { name: 'Cổng thông tin điện tử Chính phủ', url: 'https://chinhphu.vn' },
      { name: 'Cổng thông tin điện tử Quốc hội (thử)', url: 'https://quochoi.vn' },
    ]
    const global = await api('/globals/portal-links', { method: 'POST', body: JSON.stringify({ links }) })
    expect(global.status, JSON.stringify(global.body)).toBe(200)
    expect(await text('/')).toContain('Cổng thông tin điện tử Quốc hội (thử)')
    expect(await text(unit.path)).toContain('Cổng thông tin điện tử Quốc hội (thử)')
  })

  describe('in Chromium', () => {
    const widths = [
      { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
      { name: 'desktop', viewport: { width: 1280, height: 900 }, isMobile: false },
    ]
    const violations: string[] = []
    const requestsOutside = new Set<string>()
    // anything the Content-Security-Policy refused on the site or in the admin
    const refusedByPolicy: string[] = []

    /** A desktop browser signed in to the admin as its administrator, on "Việc của tôi". */
    async function signedInAdmin() {
      const context = await newContext(widths[1])
      const page = await context.newPage()
      page.setDefaultTimeout(60_000)
      await page.goto(`${server.url}/admin/login`)
      await page.fill('input[name="email"]', site.adminEmail)
      await page.fill('input[name="password"]', site.adminPassword)
      await page.click('button[type="submit"]')
      await page.waitForURL(/\/admin\/?$/)
      return { context, page }
    }

    async function newContext(width: (typeof widths)[number]): Promise<BrowserContext> {
      browser ??= await launchChromium()
      const context = await browser.newContext({ viewport: width.viewport, isMobile: width.isMobile, hasTouch: width.isMobile, locale: 'vi-VN' })
      context.on('request', (req) => {
        const url = new URL(req.url())
        if (!['localhost', '127.0.0.1'].includes(url.hostname) && url.protocol.startsWith('http')) requestsOutside.add(req.url())
      })
      context.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) refusedByPolicy.push(`${message.location().url}: ${message.text()}`)
      })
      return context
    }

    async function axe(page: Page, label: string) {
      await page.addScriptTag({ path: AXE })
      const result = await page.evaluate(async () => (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run())
      for (const v of result.violations) violations.push(`${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
    }

    async function shot(page: Page, name: string) {
      // lazy photos below the fold load before a full-page picture is taken
      await page.evaluate(async () => {
        for (const img of Array.from(document.images)) img.loading = 'eager'
        await Promise.all(Array.from(document.images).map((img) => img.decode().catch(() => undefined)))
      })
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })
    }

    /** What the page gave navigator.sendBeacon (Chromium shows no beacon's body to the test). */
    type Beaconed = { beacons: [string, Blob | string][] }
    for (const width of widths) {
      it(`${width.name}: home → report → official → search "dan van kheo"`, async () => {
        const context = await newContext(width)
        await context.addInitScript(() => {
          const sent: Beaconed['beacons'] = ((window as unknown as Beaconed).beacons = [])
          const send = navigator.sendBeacon.bind(navigator)
          navigator.sendBeacon = (url, data) => {
            sent.push([String(url), data instanceof Blob || typeof data === 'string' ? data : String(data)])
            return send(url, data)
          }
        })
        const page = await context.newPage()
        await page.goto(`${server.url}/`)
        expect(await page.getAttribute('html', 'lang')).toBe('vi')
        expect(await page.locator('a.skip-link').getAttribute('href')).toBe('#noi-dung')
        await shot(page, `${width.name}-1-home`)
        await axe(page, `${width.name} home`)

        // a report counts its view and prints with public/site.js, the page's only script
        await page.locator(`a[href="${fx.reports.main.path}"]`).first().click()
        await page.waitForURL(`**${fx.reports.main.path}`)
        const beacons = () => page.evaluate(() => Promise.all((window as unknown as Beaconed).beacons.map(async ([url, data]) => [new URL(url, location.href).pathname, typeof data === 'string' ? data : await data.text()])))
        await expect.poll(beacons).toEqual([['/luot-xem', String(fx.reports.main.id)]])
        await page.evaluate(() => {
          window.print = () => void ((window as unknown as { printed?: number }).printed = 1)
        })
        await page.getByRole('button', { name: 'In bài' }).click()
        expect(await page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1)
        expect(await page.locator('h1').textContent()).toBe(fx.reports.main.title)
        expect(await page.locator('.article__byline').textContent()).toBe('Nguyễn Thị Quyên (Ban Dân vận Tỉnh ủy)')
        expect(await page.locator('.article__meta time').textContent()).toBe('21/06/2024 10:30')
        expect(await page.locator('.article__related a[href^="/can-bo/"]').first().textContent()).toBe('Đồng chí Trần Đức Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hải Dương')
        expect(await page.locator('.gallery figcaption').count()).toBe(2)
        const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
        expect(jsonLd['@type']).toBe('NewsArticle')
        expect(await page.locator('meta[property="og:type"]').getAttribute('content')).toBe('article')
        expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`http://localhost:3000${fx.reports.main.path}`)
        await shot(page, `${width.name}-2-report`)
        await axe(page, `${width.name} report`)
        // the print stylesheet keeps the article and drops navigation, footer and actions
        await page.emulateMedia({ media: 'print' })
        for (const selector of ['.site-header', '.site-footer', '.article-actions', '.site-nav'])
          expect(await page.locator(selector).evaluate((el) => getComputedStyle(el).display), selector).toBe('none')
        if (width.name === 'desktop') await shot(page, 'desktop-2b-report-print')
        await page.emulateMedia({ media: 'screen' })

        await page.locator('.article__related a[href^="/can-bo/"]').first().click()
        await page.waitForURL(`**${fx.official.path}`)
        expect(await page.locator('h1').textContent()).toBe('Trần Đức Thắng')
        expect(await page.locator('.titles li').allTextContents()).toEqual(['Ủy viên Trung ương Đảng', 'Bộ trưởng Bộ Nông nghiệp và Môi trường'])
        await shot(page, `${width.name}-3-official`)
        await axe(page, `${width.name} official`)

        await page.fill('#site-search-q', 'dan van kheo')
        await page.press('#site-search-q', 'Enter')
        await page.waitForURL('**/tim-kiem?q=dan+van+kheo')
        const marks = await page.locator('.hit__title mark').allTextContents()
        expect(marks.map((m) => m.toLowerCase())).toContain('dân vận khéo')
        expect(await page.locator('.hit__title').allTextContents()).toContain(fx.reports.main.title)
        await shot(page, `${width.name}-4-search`)
        await axe(page, `${width.name} search`)
        await context.close()
      })
    }

    it('the report editor’s live preview shows the draft and follows each save', async () => {
      const { context, page } = await signedInAdmin()
      await page.goto(`${server.url}/admin/collections/reports/${fx.reports.draft.id}`)
      await page.click('#live-preview-toggler')
      const frame = page.frameLocator('iframe')
      await expect.poll(() => frame.locator('h1').textContent(), { timeout: 60_000 }).toBe(fx.reports.draft.title)
      expect(await frame.locator('.preview-banner').textContent()).toContain('chưa xuất bản')
      const edited = `${fx.reports.draft.title} (đã sửa)`
      await page.locator('#field-title').fill(edited)
      await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
      await expect.poll(() => frame.locator('h1').textContent(), { timeout: 60_000 }).toBe(edited)
      await page.screenshot({ path: path.join(SCREENSHOTS, 'desktop-live-preview.png') })
      await context.close()
      // readers still get nothing
      expect((await get(fx.reports.draft.path)).status).toBe(404)
    })

    it('the admin edits the links to other portals and a board\'s contact, in Vietnamese', async () => {
      const { context, page } = await signedInAdmin()
      await page.goto(`${server.url}/admin/globals/portal-links`)
      await expect.poll(() => page.locator('h1').first().textContent()).toContain('Liên kết cổng thông tin')
      expect(await page.locator('input[name="links.0.url"]').inputValue()).toBe('https://chinhphu.vn')
      await page.screenshot({ path: path.join(SCREENSHOTS, 'desktop-admin-portal-links.png') })
      await page.goto(`${server.url}/admin/collections/units/${fx.units.haiDuong.id}`)
      await expect.poll(() => page.getByText('Liên hệ và chức năng').count()).toBeGreaterThan(0)
      expect(await page.locator('#field-address').inputValue()).toBe('Số 1 đường Thử Nghiệm, thành phố Hải Dương')
      await page.screenshot({ path: path.join(SCREENSHOTS, 'desktop-admin-unit-contact.png'), fullPage: true })
      await context.close()
    })

    it('stored XSS in every field of a published report runs nowhere on the site: 0 dialogs, 0 injected elements', async () => {
      const mark = 'window.__xss=(window.__xss||0)+1'
      const main = (await api(`/reports/${fx.reports.main.id}?depth=0`)).body
      const text = (t: string) => ({ type: 'text', version: 1, text: t, detail: 0, format: 0, mode: 'normal', style: '' })
      const para = (children: unknown[]) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children })
      const body = {
        root: {
          type: 'root', version: 1, direction: 'ltr', format: '', indent: 0,
          children: [
            para([text(`<script>${mark}</script><img src=x onerror="${mark}">`)]),
            para([{ type: 'link', version: 3, direction: 'ltr', format: '', indent: 0, fields: { url: 'https://example.vn/bai-viet?x=%22%3E%3Csvg%20onload%3Dalert(1)%3E', linkType: 'custom', newTab: true }, children: [text('liên kết "><svg onload=alert(1)>')] }]),
          ],
        },
      }
      const created = await api('/reports', {
        method: 'POST',
        body: JSON.stringify({
          title: `XSS <img src=x onerror="${mark}"> Tin "><script>${mark}</script>`,
          lead: `"><svg onload="${mark}"> Sapo <iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
          byline: `<b onmouseover=alert(1)>PV</b>`,
          source: 'javascript:alert(1)',
          unit: main.unit, category: main.category, featuredImage: main.featuredImage, publishedAt: main.publishedAt,
          gallery: [{ photo: main.featuredImage, caption: `<img src=x onerror="${mark}">chú thích` }],
          body,
        }),
      })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      const id = created.body.doc.id
      for (const action of ['submit', 'forward', 'publish']) await workflow(id, action)
      const live = (await api(`/reports/${id}?depth=1`)).body
      const reportPath = `/bai-viet/${live.unit.slug}/${live.slug}`
      const context = await newContext(widths[1])
      const page = await context.newPage()
      let dialogs = 0
      page.on('dialog', async (dialog) => {
        dialogs++
        await dialog.dismiss()
      })
      for (const p of [reportPath, '/', `/don-vi/${live.unit.slug}`, `/tim-kiem?q=${encodeURIComponent('XSS Tin')}`, '/rss.xml']) {
        await page.goto(`${server.url}${p}`, { waitUntil: 'load' })
        await page.mouse.move(10, 10)
        for (const link of await page.locator('main a').all()) await link.hover({ trial: false, timeout: 2000 }).catch(() => {})
        const injected = await page.evaluate(() => ({
          ran: (window as unknown as { __xss?: number }).__xss ?? 0,
          // (Next's inline page data carries the title as a string; what matters is that nothing ran or was made an element)
          handlers: document.querySelectorAll('[onerror], [onload], [onmouseover], iframe[srcdoc], svg[onload]').length,
        }))
        expect([p, injected]).toEqual([p, { ran: 0, handlers: 0 }])
      }
      // the reader sees the text as text
      await page.goto(`${server.url}${reportPath}`)
      expect(await page.locator('h1').innerText()).toContain('<img src=x onerror=')
      await shot(page, 'desktop-xss-as-text')
      expect(dialogs).toBe(0)
      await context.close()
    })

    it('the site, the admin, its editor and live preview ran with nothing refused by the security policy', () => {
      expect(refusedByPolicy).toEqual([])
    })

    it('every other kind of page passes axe-core at both widths', async () => {
      const pages = [
        ['unit', fx.units.haiDuong.path],
        ['category', `/chuyen-muc/${fx.category.slug}`],
        ['campaign', `/phong-trao/${fx.campaign.slug}`],
        ['models', '/mo-hinh?linh-vuc=culture-society'],
        ['model', `/mo-hinh/${fx.model.slug}`],
        ['legal-list', `/van-ban?q=${encodeURIComponent('04/2015/NĐ-CP')}`],
        ['legal-document', '/van-ban/4-2015-nd-cp'],
        ['not-found', '/khong-co-trang-nay'],
        ['english', '/en'],
        ['contacts', '/lien-he'],
        ['unit-contact', `/lien-he/${fx.units.haiDuong.slug}`],
        ['site-map', '/so-do-trang'],
        ['galleries', '/thu-vien-anh'],
        ['album', `${fx.reports.main.path}/anh`],
      ]
      for (const width of widths) {
        const context = await newContext(width)
        const page = await context.newPage()
        for (const [name, p] of pages) {
          const res = await page.goto(`${server.url}${p}`)
          expect(res?.status(), p).toBe(name === 'not-found' ? 404 : 200)
          if (name === 'not-found') {
            await page.waitForSelector('h1')
            expect(await page.locator('h1').textContent()).toBe('Không tìm thấy trang')
            expect(await page.getAttribute('html', 'lang')).toBe('vi')
          }
          if (name === 'english') {
            expect(await page.locator('main [lang="en"] h1').textContent()).toBe('Mass mobilisation boards')
            expect(await page.locator('footer a[href="/so-do-trang"]').textContent()).toBe('Sơ đồ trang')
          }
          await axe(page, `${width.name} ${name}`)
          if (width.name === 'phone' || ['unit', 'models', 'legal-document', 'english', 'contacts', 'unit-contact', 'site-map', 'galleries', 'album'].includes(name)) await shot(page, `${width.name}-${name}`)
        }
        await context.close()
      }
      expect(violations).toEqual([])
      expect([...requestsOutside]).toEqual([])
    })
  })
})
