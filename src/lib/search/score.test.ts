import { describe, expect, it } from 'vitest'
import { WEIGHTS, scoreDocument, type DocumentTokens } from './score'
import { parseQuery, tokenize } from './tokenize'

const doc = (title: string, lead = '', body = ''): DocumentTokens => ({ title: tokenize(title), lead: tokenize(lead), body: tokenize(body) })
const score = (query: string, d: DocumentTokens) => scoreDocument(parseQuery(query), d)

describe('scoreDocument', () => {
  it('finds "Dân vận khéo" for "dan van kheo" and "Đà Nẵng" for "da nang", whatever the case', () => {
    expect(score('dan van kheo', doc('Phong trào Dân vận khéo'))).toBeGreaterThan(0)
    expect(score('da nang', doc('ĐÀ NẴNG tổng kết'))).toBeGreaterThan(0)
    expect(score('DAN VAN', doc('', '', 'công tác dân vận'))).toBe(score('dan van', doc('', '', 'công tác dân vận')))
  })

  it('ranks the exact accents above other words that fold the same: đường > đương, dương', () => {
    const withDuong = doc('', '', 'Hải Dương tổng kết')
    const withDuongExact = doc('', '', 'làm đường giao thông nông thôn')
    const withDuongOfficial = doc('', '', 'đương nhiệm')
    expect(score('đường', withDuongExact)).toBeGreaterThan(score('đường', withDuong))
    expect(score('đường', withDuong)).toBe(score('đường', withDuongOfficial))
    expect(score('dương', withDuong)).toBeGreaterThan(score('dương', withDuongExact))
    // an unaccented query prefers none of them
    expect(score('duong', withDuong)).toBe(score('duong', withDuongExact))
  })

  it('puts exact accents above the field, and title above lead above body', () => {
    expect(score('đường', doc('', '', 'con đường'))).toBeGreaterThan(score('đường', doc('Hải Dương', 'Hải Dương')))
    const title = score('kheo', doc('khéo'))
    const lead = score('kheo', doc('x', 'khéo'))
    const body = score('kheo', doc('x', '', 'khéo'))
    expect(title).toBeGreaterThan(lead)
    expect(lead).toBeGreaterThan(body)
    expect(body).toBe(WEIGHTS.present)
  })

  it('counts every word present above anything else, and gives a bonus to the phrase', () => {
    expect(score('quy che dan chu', doc('', '', 'dân chủ quy chế'))).toBeGreaterThan(score('quy che dan chu', doc('Quy chế dân', 'quy chế dân')))
    expect(score('dan van kheo', doc('', '', 'dân vận khéo'))).toBeGreaterThan(score('dan van kheo', doc('', '', 'khéo vận dân')))
  })
})
