/**
 * The public site's reads (src/site/*.ts), its feeds and sitemap, the view counter and
 * the revalidation hooks, on the Local API: only published versions ever reach a reader.
 * The same reads served through a production server, cached and revalidated, are checked in
 * tests/e2e/site.test.ts.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { child, childrenNamed, parseXml } from '../support/xml'
import { makeUser, samplePhoto, testPayload, uniq, unitNamed, openUnit } from './helpers'

// Record what the hooks ask to revalidate (outside Next the real call does nothing).
const revalidations = vi.hoisted(() => [] as { paths: string[]; tags: string[] }[])
vi.mock('../../src/invalidation/applyInvalidation', () => ({
  applyInvalidation: async (targets: { paths: string[]; tags: string[] }) => {
    if (targets.paths.length || targets.tags.length) revalidations.push(targets)
    return 'none'
  },
}))

const site = {
  ...(await import('../../src/site/home')),
  ...(await import('../../src/site/lists')),
  ...(await import('../../src/site/report')),
  ...(await import('../../src/site/official')),
  ...(await import('../../src/site/campaign')),
  ...(await import('../../src/site/model')),
  ...(await import('../../src/site/legal')),
}
const { feedResponse } = await import('../../src/site/feeds')
const { flushViews, countView } = await import('../../src/site/viewCounter')
const { transitionReport } = await import('../../collections/Reports/workflow/transitionReport')
const { searchSite } = await import('../../src/lib/search/searchSite')
const { GET: sitemapGET } = await import('../../src/app/(site)/sitemap.xml/route')
const { GET: downloadGET } = await import('../../src/app/(site)/bai-viet/[unit]/[slug]/luu/route')

type Id = number | string
const body = (...paragraphs: string[]) => ({
  root: {
    type: 'root', direction: null, format: '', indent: 0, version: 1,
    children: paragraphs.map((text) => ({ type: 'paragraph', direction: null, format: '', indent: 0, version: 1, textFormat: 0, children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] })),
  },
})

describe('the public site shows published versions only', () => {
  let payload: Payload
  let haiDuong: { id: Id; slug: string; name: string }
  let caMau: { id: Id; slug: string; name: string }
  let category: { id: Id; slug: string }
  let photo: { id: Id }
  let official: { id: Id }
  let duplicate: { id: Id }
  let campaign: { id: Id; slug: string }
  let model: { id: Id; slug: string }
  let decree: { id: Id }
  const tag = `k${uniq()}`
  const reports: Record<string, { id: Id; slug: string }> = {}

  const publish = (data: Record<string, unknown>) =>
    payload.create({ collection: 'reports', data: { unit: haiDuong.id, category: category.id, featuredImage: photo.id, ...data, _status: 'published', workflowState: 'published' } as never }) as Promise<{ id: Id; slug: string }>
  const draft = (data: Record<string, unknown>) => payload.create({ collection: 'reports', data: { unit: haiDuong.id, category: category.id, ...data } as never, draft: true }) as Promise<{ id: Id; slug: string }>
  const titles = (cards: { title: string }[]) => cards.map((c) => c.title)
  const all = async () => {
    const home = await site.getHome()
    return [...home.featured, ...home.latest, ...home.units.flatMap((u) => u.reports)].map((r) => r.title)
  }

  beforeAll(async () => {
    payload = await testPayload()
    haiDuong = (await unitNamed(payload, 'Ban Dân vận Thành ủy Hà Nội')) as never
    caMau = (await openUnit(payload)) as never
    category = (await payload.find({ collection: 'categories', where: { name: { equals: 'Dân vận khéo' } }, limit: 1 })).docs[0] as never
    const bytes = await samplePhoto(320, 200)
    photo = await payload.create({ collection: 'media', data: { alt: 'Quang cảnh hội nghị', caption: 'Quang cảnh hội nghị sơ kết', unit: haiDuong.id } as never, file: { data: bytes, mimetype: 'image/jpeg', name: `hoi-nghi-${tag}.jpg`, size: bytes.length } })
    official = await payload.create({ collection: 'officials', data: { fullName: 'Trần Đức Thắng', positions: [{ title: 'Bí thư Tỉnh ủy Hải Dương', start: '2020-10-01', end: '2024-11-30' }, { title: 'Ủy viên Trung ương Đảng', start: '2021-01-30' }] } as never })
    duplicate = await payload.create({ collection: 'officials', data: { fullName: 'Trần Đức Thắng', mergedInto: official.id } as never })
    decree = await payload.create({ collection: 'legal-documents', data: { type: 'decree', number: '04/2015/NĐ-CP', issuingBody: 'Chính phủ', issuedDate: '2015-01-09', summary: 'Về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước' } as never })
    campaign = (await payload.create({ collection: 'campaigns', data: { name: `Phong trào thi đua "Dân vận khéo" ${tag}`, kind: 'emulation', legalDocuments: [decree.id] } as never })) as never
    model = (await payload.create({ collection: 'models', data: { name: `Tổ Covid cộng đồng ${tag}`, field: 'culture-society', unit: haiDuong.id, campaign: campaign.id, yearRecognised: 2021 } as never })) as never
    reports.live = await publish({
      title: `Hội nghị sơ kết phong trào Dân vận khéo ${tag}`,
      lead: 'Sáng 21/6, Ban Dân vận Tỉnh ủy tổ chức hội nghị.',
      body: body('Nhiều mô hình hay được nhân rộng.'),
      publishedAt: '2024-06-21T02:00:00.000Z',
      byline: 'Nguyễn Thị Quyên (Ban Dân vận Tỉnh ủy)',
      featured: true,
      officials: [duplicate.id],
      campaigns: [campaign.id],
      models: [model.id],
      legalDocuments: [decree.id],
      gallery: [{ photo: photo.id, caption: 'Đồng chí Trần Đức Thắng phát biểu' }],
    })
    reports.draft = await draft({ title: `Bản nháp chưa duyệt ${tag}`, body: body('dân vận khéo') })
    reports.otherUnitDraft = await draft({ title: `Bản nháp của Cà Mau ${tag}`, unit: caMau.id })
    reports.unpublished = await publish({ title: `Tin đã gỡ ${tag}`, publishedAt: '2024-06-20T02:00:00.000Z' })
    await payload.update({ collection: 'reports', id: reports.unpublished.id, data: { _status: 'draft', workflowState: 'draft' } as never })
    reports.edited = await publish({ title: `Tin đã đăng ${tag}`, publishedAt: '2024-06-19T02:00:00.000Z' })
    await payload.update({ collection: 'reports', id: reports.edited.id, data: { title: `Bản sửa chưa duyệt ${tag}` } as never, draft: true })
  })

  afterAll(() => vi.restoreAllMocks())

  it('home, unit and category pages list published reports and nothing else', async () => {
    const seen = await all()
    expect(seen).toContain(`Hội nghị sơ kết phong trào Dân vận khéo ${tag}`)
    expect(seen).toContain(`Tin đã đăng ${tag}`)
    for (const hidden of ['Bản nháp chưa duyệt', 'Bản nháp của Cà Mau', 'Tin đã gỡ', 'Bản sửa chưa duyệt']) expect(seen.join('\n')).not.toContain(`${hidden} ${tag}`)
    const home = await site.getHome()
    expect(home.featured[0].title).toBe(`Hội nghị sơ kết phong trào Dân vận khéo ${tag}`)
    expect(home.featured[0].image?.srcSet).toContain('320w')

    const unit = await site.getUnitPage(haiDuong.slug, 1)
    expect(titles(unit!.reports.items)).toEqual([`Hội nghị sơ kết phong trào Dân vận khéo ${tag}`, `Tin đã đăng ${tag}`])
    expect(unit!.history.map((h) => h.relation)).toEqual(['self'])
    // a board of the 2025 reorganisation shows the names it passed into
    const haiDuongBoard = await unitNamed(payload, 'Ban Dân vận Tỉnh ủy Hải Dương')
    const history = (await site.getUnitPage(haiDuongBoard.slug!, 1))!.history
    expect(history.map((h) => [h.relation, h.name])).toEqual([
      ['self', 'Ban Dân vận Tỉnh ủy Hải Dương'],
      ['successor', 'Ban Tuyên giáo và Dân vận Tỉnh ủy Hải Dương'],
      ['successor', 'Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng'],
    ])
    expect(await site.getUnitPage('khong-co-don-vi-nay', 1)).toBeNull()
    const cat = await site.getCategoryPage(category.slug, 1)
    expect(titles(cat!.reports.items)).not.toContain(`Bản sửa chưa duyệt ${tag}`)
  })

  it('a report page has the published version with officials titled as of its date', async () => {
    const view = await site.getReport(haiDuong.slug, reports.live.slug)
    expect(view?.title).toBe(`Hội nghị sơ kết phong trào Dân vận khéo ${tag}`)
    expect(view?.url).toBe(`/bai-viet/${haiDuong.slug}/${reports.live.slug}`)
    // the merged duplicate reads as, and links to, the record it went into; titles of 21/6/2024
    expect(view?.officials).toEqual([{ id: String(official.id), url: `/can-bo/${official.id}`, titled: 'Đồng chí Trần Đức Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hải Dương' }])
    expect(view?.campaigns.map((c) => c.name)).toEqual([`Phong trào thi đua "Dân vận khéo" ${tag}`])
    expect(view?.models[0].url).toBe(`/mo-hinh/${model.slug}`)
    expect(view?.legalDocuments[0]).toMatchObject({ name: 'Nghị định số 04/2015/NĐ-CP', url: '/van-ban/4-2015-nd-cp' })
    expect(view?.gallery[0].caption).toBe('Đồng chí Trần Đức Thắng phát biểu')
    expect((await site.getReport(haiDuong.slug, reports.edited.slug))?.title).toBe(`Tin đã đăng ${tag}`)
    for (const hidden of [reports.draft, reports.unpublished]) expect(await site.getReport(haiDuong.slug, hidden.slug)).toBeNull()
    expect(await site.getReport(caMau.slug, reports.otherUnitDraft.slug)).toBeNull()
  })

  it('draft preview shows the newest version to staff of the unit, and nothing of other units', async () => {
    const editor = await makeUser(payload, ['editor'], [haiDuong.id])
    const user = { ...editor, collection: 'users' as const }
    expect((await site.getReportPreview(haiDuong.slug, reports.edited.slug, user))?.title).toBe(`Bản sửa chưa duyệt ${tag}`)
    expect((await site.getReportPreview(haiDuong.slug, reports.draft.slug, user))?.status).toBe('draft')
    expect(await site.getReportPreview(caMau.slug, reports.otherUnitDraft.slug, user)).toBeNull()
    expect(await site.getReportPreview(haiDuong.slug, reports.draft.slug, null)).toBeNull()
  })

  it('the report editor previews and live-previews through /xem-truoc on the admin’s own origin', async () => {
    const admin = payload.collections.reports.config.admin as unknown as {
      livePreview: { url: (args: { data: unknown; req: unknown }) => string | null }
      preview: (doc: unknown, args: { req: unknown }) => string | null
    }
    const req = { headers: new Headers({ host: 'danvan.example.vn', 'x-forwarded-proto': 'https' }) }
    expect(admin.livePreview.url({ data: { id: 42 }, req })).toBe('https://danvan.example.vn/xem-truoc?id=42')
    expect(admin.preview({ id: 7 }, { req: { headers: new Headers({ host: 'localhost:3000' }) } })).toBe('http://localhost:3000/xem-truoc?id=7')
    expect(admin.livePreview.url({ data: {}, req })).toBeNull()
  })

  it('feeds are valid RSS 2.0 with published reports only', async () => {
    for (const unitSlug of [undefined, haiDuong.slug]) {
      const response = await feedResponse(unitSlug)
      expect(response.headers.get('content-type')).toContain('application/rss+xml')
      const rss = parseXml(await response.text())
      expect(rss.name).toBe('rss')
      expect(rss.attrs.version).toBe('2.0')
      const channel = child(rss, 'channel')!
      for (const name of ['title', 'link', 'description']) expect(child(channel, name)?.text, name).toBeTruthy()
      const items = childrenNamed(channel, 'item')
      for (const item of items) for (const name of ['title', 'link', 'guid', 'pubDate']) expect(child(item, name)?.text, name).toBeTruthy()
      const itemTitles = items.map((i) => child(i, 'title')!.text)
      expect(itemTitles).toContain(`Hội nghị sơ kết phong trào Dân vận khéo ${tag}`)
      expect(itemTitles.join('\n')).not.toMatch(/Bản nháp|Tin đã gỡ|Bản sửa chưa duyệt/)
    }
    expect((await feedResponse('khong-co')).status).toBe(404)
  })

  it('the sitemap lists published reports and public pages, never drafts', async () => {
    const xml = await (await sitemapGET()).text()
    const locs = childrenNamed(parseXml(xml), 'url').map((u) => child(u, 'loc')!.text)
    expect(locs).toContain(`http://localhost:3000/bai-viet/${haiDuong.slug}/${reports.live.slug}`)
    expect(locs).toContain(`http://localhost:3000/can-bo/${official.id}`)
    expect(locs).not.toContain(`http://localhost:3000/can-bo/${duplicate.id}`)
    for (const hidden of [reports.draft, reports.unpublished]) expect(locs).not.toContain(`http://localhost:3000/bai-viet/${haiDuong.slug}/${hidden.slug}`)
  })

  it('search finds the published report and none of the hidden ones', async () => {
    const { hits } = await searchSite(payload, { q: tag, limit: 50 })
    const found = hits.filter((h) => h.kind === 'report').map((h) => h.id)
    expect(found).toContain(reports.live.id)
    expect(found).toContain(reports.edited.id)
    for (const hidden of [reports.draft, reports.otherUnitDraft, reports.unpublished]) expect(found).not.toContain(hidden.id)
    expect(hits.find((h) => h.id === reports.edited.id)?.title.map((p) => p.text).join('')).toBe(`Tin đã đăng ${tag}`)
  })

  it('officials, campaigns, models and legal documents have their pages', async () => {
    expect(await site.getOfficialPage(String(duplicate.id))).toEqual({ redirectTo: `/can-bo/${official.id}` })
    const page = await site.getOfficialPage(String(official.id))
    expect(page && 'fullName' in page && page.currentTitles).toEqual(['Ủy viên Trung ương Đảng'])
    expect(page && 'positions' in page && page.positions.map((p) => p.title)).toEqual(['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy Hải Dương'])
    expect(page && 'reports' in page && titles(page.reports)).toEqual([`Hội nghị sơ kết phong trào Dân vận khéo ${tag}`])
    const c = await site.getCampaignPage(campaign.slug)
    expect(c?.models.map((m) => m.name)).toEqual([`Tổ Covid cộng đồng ${tag}`])
    expect(c?.campaign.legalDocuments[0].name).toBe('Nghị định số 04/2015/NĐ-CP')
    const dir = await site.getModelDirectory({ field: 'culture-society', unit: String(haiDuong.id), year: 2021 }, 1)
    expect(dir?.list.items.map((m) => m.name)).toContain(`Tổ Covid cộng đồng ${tag}`)
    expect(dir?.byField.find((f) => f.value === 'culture-society')?.count).toBeGreaterThanOrEqual(1)
    expect((await site.getModelDirectory({ field: 'economy', unit: String(haiDuong.id), year: 2021 }, 1))?.list.items.map((m) => m.name)).not.toContain(`Tổ Covid cộng đồng ${tag}`)
    const list = await site.getLegalList('4/2015/nd-cp', undefined, 1)
    expect(list.items.map((d) => d.title)).toEqual(['Nghị định số 04/2015/NĐ-CP'])
    expect((await site.getLegalList('dan chu hanh chinh', undefined, 1)).totalDocs).toBe(1)
    const legal = await site.getLegalDocument('4-2015-nd-cp')
    expect(legal?.campaigns.map((x) => x.name)).toEqual([`Phong trào thi đua "Dân vận khéo" ${tag}`])
    expect(titles(legal!.reports.items)).toEqual([`Hội nghị sơ kết phong trào Dân vận khéo ${tag}`])
  })

  it('"Lưu bài" downloads the published article as an HTML file', async () => {
    const response = await downloadGET(new Request('http://localhost/x'), { params: Promise.resolve({ unit: haiDuong.slug, slug: reports.live.slug }) })
    expect(response.headers.get('content-disposition')).toContain(`${reports.live.slug}.html`)
    const html = await response.text()
    expect(html).toContain(`<h1>Hội nghị sơ kết phong trào Dân vận khéo ${tag}</h1>`)
    expect(html).toContain('<p>Nhiều mô hình hay được nhân rộng.</p>')
    expect(html).toContain('Đồng chí Trần Đức Thắng phát biểu')
    expect(html).toContain('21/06/2024 09:00')
    const hidden = await downloadGET(new Request('http://localhost/x'), { params: Promise.resolve({ unit: haiDuong.slug, slug: reports.draft.slug }) })
    expect(hidden.status).toBe(404)
  })

  it('publish, edit and unpublish ask to revalidate the report, its unit, home, feeds and sitemap; draft saves do not', async () => {
    const approver = await makeUser(payload, ['approver'], [haiDuong.id])
    const slugTag = uniq()
    const created = (await payload.create({ collection: 'reports', data: { title: `Tin mới để duyệt ${slugTag}`, unit: haiDuong.id, category: category.id, featuredImage: photo.id, lead: 'Sapo', publishedAt: '2024-07-01T01:00:00.000Z' } as never, draft: true })) as { id: Id; slug: string }
    const pagePath = `/bai-viet/${haiDuong.slug}/${created.slug}`
    const expected = expect.arrayContaining(['/', '/rss.xml', '/sitemap.xml', pagePath, `/don-vi/${haiDuong.slug}`, `/don-vi/${haiDuong.slug}/rss.xml`, `/chuyen-muc/${category.slug}`])

    revalidations.length = 0
    await payload.update({ collection: 'reports', id: created.id, data: { lead: 'Sapo mới' } as never, draft: true })
    expect(revalidations).toEqual([])

    await transitionReport(payload, { id: created.id, action: 'submit', user: approver })
    await transitionReport(payload, { id: created.id, action: 'forward', user: approver })
    expect(revalidations).toEqual([])
    await transitionReport(payload, { id: created.id, action: 'publish', user: approver })
    expect(revalidations.at(-1)?.paths).toEqual(expected)
    expect(revalidations.at(-1)?.tags).toEqual(expect.arrayContaining(['reports', `report-path:${haiDuong.slug}:${created.slug}`]))
    // …and recorded them in the invalidation log, which the other server processes follow
    const logged = await payload.db.find<{ tags: string[]; paths: string[] }>({ collection: 'site-invalidations', where: {}, sort: '-createdAt', limit: 1, pagination: false })
    expect(logged.docs[0]?.paths).toEqual(expected)
    expect(logged.docs[0]?.tags).toEqual(expect.arrayContaining(['reports', `report-path:${haiDuong.slug}:${created.slug}`]))
    expect((await site.getReport(haiDuong.slug, created.slug))?.lead).toBe('Sapo mới')

    revalidations.length = 0
    await transitionReport(payload, { id: created.id, action: 'unpublish', user: approver })
    expect(revalidations.at(-1)?.paths).toEqual(expected)
    expect(await site.getReport(haiDuong.slug, created.slug)).toBeNull()
  })

  it('counts views of the live report without blocking, and a new version keeps the count', async () => {
    const id = String(reports.live.id)
    const before = ((await payload.findByID({ collection: 'reports', id, depth: 0 })) as { viewCount?: number }).viewCount ?? 0
    for (let i = 0; i < 3; i++) countView(() => Promise.resolve(payload), id)
    countView(() => Promise.resolve(payload), String(reports.draft.id)) // drafts are not counted
    await flushViews(() => Promise.resolve(payload))
    expect(((await payload.findByID({ collection: 'reports', id, depth: 0 })) as { viewCount?: number }).viewCount).toBe(before + 3)
    expect(((await payload.findByID({ collection: 'reports', id: reports.draft.id, draft: true, depth: 0 })) as { viewCount?: number }).viewCount ?? 0).toBe(0)
    // an edit goes through a draft and is published again: the count stays
    await payload.update({ collection: 'reports', id, data: { lead: 'Sapo đã sửa' } as never, draft: true })
    await payload.update({ collection: 'reports', id, data: { _status: 'published', workflowState: 'published' } as never })
    const after = (await payload.findByID({ collection: 'reports', id, depth: 0 })) as { viewCount?: number; lead?: string }
    expect(after.lead).toBe('Sapo đã sửa')
    expect(after.viewCount).toBe(before + 3)
  })
})
