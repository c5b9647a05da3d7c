import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { plainText } from '../../src/lib/search/highlight'
import { SEARCH_ENTRIES, catchUp, resetSearchIndex } from '../../src/lib/search/indexSync'
import { rebuildSearchIndex } from '../../src/lib/search/rebuild'
import { searchSite, type SearchParams } from '../../src/lib/search/searchSite'
import { reportPath } from '../../src/lib/site/urls'
import { rest, testPayload, uniq, unitNamed, openUnit } from './helpers'

type Id = number | string

const body = (...paragraphs: string[]) => ({
  root: {
    type: 'root', direction: null, format: '', indent: 0, version: 1,
    children: paragraphs.map((text) => ({ type: 'paragraph', direction: null, format: '', indent: 0, version: 1, textFormat: 0, children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] })),
  },
})

describe('site search', () => {
  let payload: Payload
  let haiDuong: { id: Id; slug?: string | null; name: string }
  let caMau: { id: Id; slug?: string | null; name: string }
  let categories: Id[]

  /** A report published by a system write (the importer's way), with a tag word of its test. */
  async function published(data: Record<string, unknown>) {
    return payload.create({
      collection: 'reports',
      data: { unit: haiDuong.id, category: categories[0], publishedAt: '2024-06-21T02:00:00.000Z', ...data, _status: 'published', workflowState: 'published' } as never,
    })
  }
  async function draft(data: Record<string, unknown>) {
    return payload.create({ collection: 'reports', data: { unit: haiDuong.id, category: categories[0], ...data } as never, draft: true })
  }
  const search = (q: string, extra: Partial<SearchParams> = {}) => searchSite(payload, { q, limit: 50, ...extra })
  const ids = async (q: string, extra: Partial<SearchParams> = {}) => (await search(q, extra)).hits.map((h) => h.id)

  beforeAll(async () => {
    payload = await testPayload()
    haiDuong = await unitNamed(payload, 'Ban Dân vận Thành ủy Hà Nội')
    caMau = await openUnit(payload)
    categories = (await payload.find({ collection: 'categories', sort: 'name', limit: 3, depth: 0 })).docs.map((c) => c.id)
  })

  it('finds published reports without accents or case, and marks the words', async () => {
    const tag = `m${uniq()}`
    const report = await published({
      title: `Phong trào “Dân vận khéo” ở Đà Nẵng ${tag}`,
      lead: 'Sáng 21/6, hội nghị sơ kết phong trào thi đua.',
      body: body('Nhiều mô hình hay được nhân rộng.', 'Đồng chí Trần Đức Thắng phát biểu chỉ đạo.'),
    })
    for (const q of ['dan van kheo', 'DÂN VẬN KHÉO', 'Dân vận khéo', 'da nang', 'ĐÀ NẴNG', 'tran duc thang']) {
      expect(await ids(`${q} ${tag}`), q).toEqual([report.id])
    }
    const { hits, total, totalPages, page } = await search(`dan van kheo ${tag}`)
    expect([total, totalPages, page]).toEqual([1, 1, 1])
    const [hit] = hits
    expect(hit.kind).toBe('report')
    expect(hit.title.filter((p) => p.hit).map((p) => p.text)).toEqual(['Dân vận khéo', tag])
    expect(hit.url).toBe(reportPath(haiDuong, report))
    expect(hit.unitName).toBe(haiDuong.name)
    expect(hit.publishedAt).toBe('2024-06-21T02:00:00.000Z')
    const excerpt = await search(`tran duc thang ${tag}`)
    expect(excerpt.hits[0].excerpt.filter((p) => p.hit).map((p) => p.text)).toContain('Trần Đức Thắng')
    expect(plainText(excerpt.hits[0].excerpt)).toContain('phát biểu')
  })

  it('never finds drafts, other units’ drafts, unpublished or deleted reports', async () => {
    const tag = `n${uniq()}`
    await draft({ title: `Bản nháp hội nghị ${tag}` })
    await draft({ title: `Bản nháp đơn vị khác ${tag}`, unit: caMau.id })
    const unpublished = await published({ title: `Bài đã gỡ ${tag}` })
    const deleted = await published({ title: `Bài đã xóa ${tag}` })
    const live = await published({ title: `Bài đang đăng ${tag}` })
    expect((await search(tag)).total).toBe(3)

    await payload.update({ collection: 'reports', id: unpublished.id, data: { _status: 'draft', workflowState: 'unpublished' } as never })
    await payload.delete({ collection: 'reports', id: deleted.id })
    expect(await ids(tag)).toEqual([live.id])
    expect(await ids(`ban nhap ${tag}`)).toEqual([])
    // nor through the search entries themselves
    expect((await rest('GET', `/search-entries?where[title][like]=${tag}`)).status).toBe(403)
    // and a reload from the stored entries agrees
    resetSearchIndex(payload)
    expect(await ids(tag)).toEqual([live.id])
  })

  it('keeps the published text searchable while a new draft waits, until it is published', async () => {
    const tag = `p${uniq()}`
    const report = await published({ title: `Hội nghị tổng kết alpha ${tag}`, lead: 'Bản đang đăng.' })
    await payload.update({ collection: 'reports', id: report.id, data: { title: `Hội nghị tổng kết beta ${tag}` }, draft: true })
    expect(await ids(`alpha ${tag}`)).toEqual([report.id])
    expect(await ids(`beta ${tag}`)).toEqual([])
    const [hit] = (await search(`alpha ${tag}`)).hits
    expect(plainText(hit.title)).toBe(`Hội nghị tổng kết alpha ${tag}`)

    await payload.update({ collection: 'reports', id: report.id, data: { _status: 'published', workflowState: 'published' } as never })
    expect(await ids(`beta ${tag}`)).toEqual([report.id])
    expect(await ids(`alpha ${tag}`)).toEqual([])
  })

  it('filters by unit, category and year', async () => {
    const tag = `f${uniq()}`
    const a = await published({ title: `Tin A ${tag}`, unit: haiDuong.id, category: categories[0], publishedAt: '2023-12-28T08:07:27.000Z' })
    const b = await published({ title: `Tin B ${tag}`, unit: caMau.id, category: categories[1], publishedAt: '2024-07-24T09:42:07.000Z' })
    // 31/12/2022 20:00 UTC is already 2023 in Vietnam
    const c = await published({ title: `Tin C ${tag}`, unit: caMau.id, category: categories[0], publishedAt: '2022-12-31T20:00:00.000Z' })
    expect(await ids(tag)).toEqual([b.id, a.id, c.id])
    expect(await ids(tag, { unit: caMau.id })).toEqual([b.id, c.id])
    expect(await ids(tag, { unit: String(haiDuong.id) })).toEqual([a.id])
    expect(await ids(tag, { category: categories[0] })).toEqual([a.id, c.id])
    expect(await ids(tag, { year: 2023 })).toEqual([a.id, c.id])
    expect(await ids(tag, { year: 2024, unit: caMau.id, category: categories[1] })).toEqual([b.id])
    expect(await ids(tag, { year: 2019 })).toEqual([])
    // pages
    const first = await search(tag, { limit: 2 })
    const second = await search(tag, { limit: 2, page: 2 })
    expect([first.total, first.totalPages, second.page]).toEqual([3, 2, 2])
    expect([...first.hits, ...second.hits].map((h) => h.id)).toEqual([b.id, a.id, c.id])
  })

  it('finds officials, models and legal documents, but not merged officials', async () => {
    const tag = `o${uniq()}`
    const official = await payload.create({
      collection: 'officials',
      data: { fullName: 'Nguyễn Văn Phong', positions: [{ title: 'Trưởng Ban Dân vận Tỉnh ủy Cà Mau', start: '2021-01-01T00:00:00.000Z' }], notes: `Ghi chú ${tag}` } as never,
    })
    const duplicate = await payload.create({ collection: 'officials', data: { fullName: 'Nguyễn Văn Phong', notes: `Trùng ${tag}` } as never })
    expect((await search(`nguyen van phong ${tag}`, { kinds: ['official'] })).total).toBe(2)
    await payload.update({ collection: 'officials', id: duplicate.id, data: { mergedInto: official.id } as never })
    const people = await search(`nguyen van phong ${tag}`)
    expect(people.hits.map((h) => [h.kind, h.id, h.url])).toEqual([['official', official.id, `/can-bo/${official.id}`]])

    const model = await payload.create({ collection: 'models', data: { name: `Dòng họ học tập ${tag}`, field: 'culture-society', unit: caMau.id, yearRecognised: 2022, description: 'Khuyến học ở xã Tân Lộc.' } as never, draft: false })
    const number = `${90 + Math.floor(Math.random() * 9)}/2015/NĐ-CP`
    const legal = await payload.create({ collection: 'legal-documents', data: { type: 'decree', number, summary: `Về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước ${tag}`, issuedDate: '2015-01-09T00:00:00.000Z' } as never })

    const [modelHit] = (await search(`dong ho hoc tap ${tag}`)).hits
    expect([modelHit.kind, modelHit.id, modelHit.unitName]).toEqual(['model', model.id, caMau.name])
    expect(await ids(`tan loc ${tag}`, { year: 2022, unit: caMau.id })).toEqual([model.id])

    const numberQuery = number.split('/').slice(0, 2).join('/') // "9x/2015"
    const legalHits = (await search(`${numberQuery} ${tag}`)).hits
    expect(legalHits.map((h) => [h.kind, h.id])).toEqual([['legal-document', legal.id]])
    expect(plainText(legalHits[0].title)).toBe(`Nghị định số ${number}`)
    expect(legalHits[0].url).toMatch(/^\/van-ban\//)
    expect(await ids(`dan chu ${tag}`, { kinds: ['legal-document', 'model'] })).toEqual([legal.id])
  })

  it('ranks exact accents, then title, lead, body, then the phrase, then the newest', async () => {
    const tag = `r${uniq()}`
    const inBody = await published({ title: `Tin một ${tag}`, body: body('Làm đường giao thông nông thôn.'), publishedAt: '2024-01-04T00:00:00.000Z' })
    const foldedTitle = await published({ title: `Hải Dương tổng kết ${tag}`, publishedAt: '2024-01-03T00:00:00.000Z' })
    const inLead = await published({ title: `Tin hai ${tag}`, lead: 'Con đường đi tới.', publishedAt: '2024-01-02T00:00:00.000Z' })
    const inTitle = await published({ title: `Con đường đổi mới ${tag}`, publishedAt: '2024-01-01T00:00:00.000Z' })
    expect(await ids(`đường ${tag}`)).toEqual([inTitle.id, inLead.id, inBody.id, foldedTitle.id])
    expect(await ids(`dương ${tag}`)).toEqual([foldedTitle.id, inTitle.id, inLead.id, inBody.id])
    // without accents no spelling is preferred: title, then lead, then body; equal ones newest first
    expect(await ids(`duong ${tag}`)).toEqual([foldedTitle.id, inTitle.id, inLead.id, inBody.id])
    const scores = (await search(`đường ${tag}`)).hits.map((h) => h.score)
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)

    const phrase = await published({ title: `Bài một ${tag}`, body: body('Phong trào dân vận khéo lan tỏa.'), publishedAt: '2020-01-01T00:00:00.000Z' })
    const scattered = await published({ title: `Bài hai ${tag}`, body: body('Khéo léo vận động nhân dân.'), publishedAt: '2024-01-01T00:00:00.000Z' })
    expect(await ids(`dan van kheo ${tag}`)).toEqual([phrase.id, scattered.id])
  })

  it('catches up with entries written by another process', async () => {
    const tag = `c${uniq()}`
    const report = await published({ title: `Tin gốc ${tag}` })
    expect(await ids(tag)).toEqual([report.id])
    // another process (simulated: writes that bypass this process's index) changes the entry, then removes it
    const { docs } = await payload.find({ collection: SEARCH_ENTRIES, where: { key: { equals: `report:${report.id}` } }, overrideAccess: true })
    await new Promise((resolve) => setTimeout(resolve, 5))
    await payload.db.updateOne({ collection: SEARCH_ENTRIES, id: docs[0].id, data: { title: `Tin gamma ${tag}`, updatedAt: new Date().toISOString() } })
    expect(await ids(`gamma ${tag}`)).toEqual([]) // not seen yet
    await catchUp(payload)
    expect(await ids(`gamma ${tag}`)).toEqual([report.id])
    await new Promise((resolve) => setTimeout(resolve, 5))
    await payload.db.updateOne({ collection: SEARCH_ENTRIES, id: docs[0].id, data: { removed: true, title: '', text: '', updatedAt: new Date().toISOString() } })
    await catchUp(payload)
    expect((await search(tag)).total).toBe(0)
  })

  it('rebuilds from scratch to the same results', async () => {
    const tag = `b${uniq()}`
    await published({ title: `Quy chế dân chủ ở cơ sở ${tag}`, lead: 'Đẩy mạnh thực hiện quy chế dân chủ.' })
    await published({ title: `Dân vận chính quyền ${tag}`, unit: caMau.id, body: body('Quy chế dân chủ được thực hiện nghiêm.') })
    await payload.create({ collection: 'officials', data: { fullName: 'Lê Thị Dân', notes: `Cán bộ dân vận ${tag}` } as never })
    const queries: [string, Partial<SearchParams>][] = [
      [`quy che dan chu ${tag}`, {}],
      [`dan ${tag}`, {}],
      [`Dân vận ${tag}`, { kinds: ['report'] }],
      [`dan van`, { unit: caMau.id }],
      ['duong', {}],
      ['nguyen van phong', {}],
    ]
    const run = async () => Promise.all(queries.map(async ([q, extra]) => {
      const result = await search(q, extra)
      return { total: result.total, hits: result.hits.map((h) => [h.kind, h.id, h.score, plainText(h.title), plainText(h.excerpt), h.url, h.unitName ?? null]) }
    }))
    // the entry another process removed above (its report is still published) comes back
    const repaired = await rebuildSearchIndex(payload)
    expect([repaired.written, repaired.removed]).toEqual([1, 0])
    const before = await run()
    expect(before[0].total).toBe(2)
    expect(before[1].total).toBe(3)

    const again = await rebuildSearchIndex(payload)
    expect(again.written).toBe(0) // nothing out of step
    expect(again.removed).toBe(0)

    const rebuilt = await rebuildSearchIndex(payload, { fromScratch: true })
    expect(rebuilt.written).toBe(rebuilt.entries)
    expect(await run()).toEqual(before)

    // a restore's rebuild, straight through payload.db in a transaction per page: the same rows
    // (a rebuild through the Local API then finds none out of step) and the same results
    const direct = await rebuildSearchIndex(payload, { fromScratch: true, direct: true })
    expect(direct.written).toBe(direct.entries)
    expect(await run()).toEqual(before)
    expect((await rebuildSearchIndex(payload)).written).toBe(0)
  })
})
