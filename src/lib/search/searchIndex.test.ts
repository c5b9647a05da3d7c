import { describe, expect, it } from 'vitest'
import { scoreDocument } from './score'
import { SearchIndex, type IndexDoc } from './searchIndex'
import { parseQuery, tokenize } from './tokenize'

const day = (d: string) => Date.parse(`${d}T00:00:00Z`)
const report = (id: number, title: string, body = '', extra: Partial<IndexDoc> = {}): IndexDoc => ({ key: `report:${id}`, kind: 'report', title, body, publishedAt: day('2024-01-01') + id, ...extra })
const keys = (index: SearchIndex, q: string, filters = {}, offset = 0, limit = 50) => index.search(parseQuery(q), filters, offset, limit).hits.map((h) => h.key)

describe('SearchIndex', () => {
  it('finds accented text by unaccented queries, any case, đ as d', () => {
    const index = new SearchIndex()
    index.upsert(report(1, 'Phong trào thi đua “Dân vận khéo” năm 2024'))
    index.upsert(report(2, 'Hội nghị tại Đà Nẵng'))
    index.upsert(report(3, 'Tổng kết công tác năm'))
    expect(keys(index, 'dan van kheo')).toEqual(['report:1'])
    expect(keys(index, 'DÂN VẬN KHÉO')).toEqual(['report:1'])
    expect(keys(index, 'da nang')).toEqual(['report:2'])
    expect(keys(index, 'Đà Nẵng')).toEqual(['report:2'])
    expect(keys(index, 'ha noi')).toEqual([])
  })

  it('ranks exact accents first: đường above đương and dương', () => {
    const index = new SearchIndex()
    index.upsert(report(1, 'Tin mới', 'Hải Dương tổng kết công tác', { publishedAt: day('2024-03-01') }))
    index.upsert(report(2, 'Tin mới', 'cán bộ đương nhiệm', { publishedAt: day('2024-02-01') }))
    index.upsert(report(3, 'Tin mới', 'làm đường giao thông', { publishedAt: day('2024-01-01') }))
    expect(keys(index, 'đường')).toEqual(['report:3', 'report:1', 'report:2'])
    expect(keys(index, 'dương')).toEqual(['report:1', 'report:2', 'report:3'])
    expect(keys(index, 'đương')).toEqual(['report:2', 'report:1', 'report:3'])
    // unaccented: newest first
    expect(keys(index, 'duong')).toEqual(['report:1', 'report:2', 'report:3'])
  })

  it('ranks title over lead over body, then the newest', () => {
    const index = new SearchIndex()
    index.upsert({ key: 'report:1', kind: 'report', title: 'Khác', lead: 'Mô hình dân vận khéo', publishedAt: day('2020-01-01') })
    index.upsert({ key: 'report:2', kind: 'report', title: 'Dân vận khéo', publishedAt: day('2019-01-01') })
    index.upsert({ key: 'report:3', kind: 'report', title: 'Khác', body: 'dân vận khéo', publishedAt: day('2021-01-01') })
    index.upsert({ key: 'report:4', kind: 'report', title: 'Khác', body: 'dân vận khéo', publishedAt: day('2022-01-01') })
    expect(keys(index, 'dan van kheo')).toEqual(['report:2', 'report:1', 'report:4', 'report:3'])
  })

  it('drops one word of a long query only when nothing has them all', () => {
    const index = new SearchIndex()
    index.upsert(report(1, 'quy chế dân chủ ở cơ sở'))
    index.upsert(report(2, 'quy chế dân'))
    expect(keys(index, 'quy che dan chu')).toEqual(['report:1'])
    expect(keys(index, 'quy che dan xyz')).toEqual(['report:2', 'report:1'])
    expect(index.search(parseQuery('quy che xyz abc')).total).toBe(0)
  })

  it('filters by kind, unit, category and year', () => {
    const index = new SearchIndex()
    index.upsert(report(1, 'dân vận', '', { unit: '1', category: '5', year: 2023 }))
    index.upsert(report(2, 'dân vận', '', { unit: '2', category: '5', year: 2024 }))
    index.upsert({ key: 'official:9', kind: 'official', title: 'Dân Vận' })
    expect(keys(index, 'dan van', { unit: '1' })).toEqual(['report:1'])
    expect(keys(index, 'dan van', { category: '5', year: 2024 })).toEqual(['report:2'])
    expect(keys(index, 'dan van', { kinds: ['official'] })).toEqual(['official:9'])
    expect(keys(index, 'dan van', { kinds: ['report', 'official'] })).toHaveLength(3)
    expect(keys(index, 'dan van', { unit: '3' })).toEqual([])
  })

  it('replaces and removes documents, and survives compaction', () => {
    const index = new SearchIndex()
    for (let i = 0; i < 3000; i++) index.upsert(report(i, `bài số ${i}`, i % 2 ? 'đường' : 'dương'))
    index.upsert(report(5, 'đã sửa', 'nội dung mới'))
    expect(keys(index, 'bai so 5')).not.toContain('report:5')
    expect(keys(index, 'noi dung moi')).toEqual(['report:5'])
    for (let i = 0; i < 2500; i++) index.remove(`report:${i}`)
    expect(index.size).toBe(500)
    expect(index.memory().slots).toBeLessThan(3001) // compacted
    expect(keys(index, 'bai so 2999')).toEqual(['report:2999'])
    const result = index.search(parseQuery('đường'), {}, 0, 5)
    expect(result.total).toBe(500)
    expect(result.hits.slice(0, 5).map((h) => h.key)).toEqual(['report:2999', 'report:2997', 'report:2995', 'report:2993', 'report:2991'])
  })

  it('takes the newest of many equal documents', () => {
    const index = new SearchIndex()
    const dates: number[] = []
    for (let i = 0; i < 6000; i++) {
      const publishedAt = day('2018-01-01') + ((i * 7919) % 6000) * 3_600_000
      dates.push(publishedAt)
      index.upsert(report(i, 'dân vận', '', { publishedAt }))
    }
    const newest = (n: number) => dates.map((d, i) => ({ d, i })).sort((a, b) => b.d - a.d || b.i - a.i).slice(0, n).map((x) => `report:${x.i}`)
    expect(keys(index, 'dan van', {}, 0, 10)).toEqual(newest(10))
    // a later edit moves a document to the front
    index.upsert(report(17, 'dân vận', '', { publishedAt: day('2030-01-01') }))
    dates[17] = day('2030-01-01')
    expect(keys(index, 'dan van', {}, 0, 10)).toEqual(newest(10))
    expect(keys(index, 'dan van', {}, 20, 5)).toEqual(newest(25).slice(20))
  })

  it('pages through results in a stable order', () => {
    const index = new SearchIndex()
    for (let i = 0; i < 50; i++) index.upsert(report(i, 'dân vận', i % 3 ? '' : 'dân vận khéo'))
    const all = keys(index, 'dan van', {}, 0, 50)
    const paged = [0, 10, 20, 30, 40].flatMap((offset) => keys(index, 'dan van', {}, offset, 10))
    expect(paged).toEqual(all)
    expect(new Set(all).size).toBe(50)
  })

  it('orders exactly as scoring each document directly would (random documents and queries)', () => {
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
    const vocabulary = ['dân', 'dan', 'vận', 'văn', 'vân', 'khéo', 'đường', 'dương', 'đương', 'đà', 'nẵng', 'đã', 'quy', 'chế', 'chủ', 'cơ', 'sở', 'hà', 'nội', '04', '2015']
    const phrase = (n: number) => Array.from({ length: n }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ')
    const index = new SearchIndex()
    const docs: IndexDoc[] = []
    for (let i = 0; i < 400; i++) {
      const doc = report(i, phrase(3), phrase(12), { lead: phrase(5), publishedAt: day('2020-01-01') + Math.floor(random() * 1000) * 86_400_000 })
      docs.push(doc)
      index.upsert(doc)
    }
    for (let q = 0; q < 60; q++) {
      const query = parseQuery(phrase(1 + Math.floor(random() * 4)))
      const scored = docs
        .map((doc) => ({ doc, tokens: { title: tokenize(doc.title), lead: tokenize(doc.lead ?? ''), body: tokenize(doc.body ?? '') } }))
        .filter(({ tokens }) => query.every((word) => [tokens.title, tokens.lead, tokens.body].some((field) => field.some((t) => t.folded === word.folded))))
        .map(({ doc, tokens }) => ({ doc, score: scoreDocument(query, tokens) }))
      const expected = scored
        .sort((a, b) => b.score - a.score || b.doc.publishedAt! - a.doc.publishedAt! || Number(b.doc.key.split(':')[1]) - Number(a.doc.key.split(':')[1]))
        .slice(0, 30)
      const result = index.search(query, {}, 0, 30)
      if (scored.length === 0) continue // relaxed queries are checked above
      expect(result.total).toBe(scored.length)
      expect(result.hits.map((h) => [h.key, h.score])).toEqual(expected.map((x) => [x.doc.key, x.score]))
    }
  })
})
