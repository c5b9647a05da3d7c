import { describe, expect, it } from 'vitest'
import { matchesLegalQuery, modelFacets } from './directories'
import { pictureOf, socialImageOf } from './images'
import { unitHistory } from './unitHistory'

describe('modelFacets', () => {
  const models = [
    { field: 'economy', unit: 1, yearRecognised: 2022 },
    { field: 'economy', unit: 2, yearRecognised: 2023 },
    { field: 'culture-society', unit: { id: 1 }, yearRecognised: 2023 },
    { field: 'defence-security', unit: 1, yearRecognised: null },
  ]
  it('counts each facet under the other filters', () => {
    const all = modelFacets(models, {})
    expect(all.total).toBe(4)
    expect(Object.fromEntries(all.byField)).toEqual({ economy: 2, 'culture-society': 1, 'defence-security': 1 })
    const unit1 = modelFacets(models, { unit: '1', field: 'economy' })
    expect(unit1.total).toBe(1)
    expect(Object.fromEntries(unit1.byField)).toEqual({ economy: 1, 'culture-society': 1, 'defence-security': 1 })
    expect(Object.fromEntries(unit1.byUnit)).toEqual({ '1': 1, '2': 1 })
    expect(Object.fromEntries(modelFacets(models, { year: 2023 }).byField)).toEqual({ economy: 1, 'culture-society': 1 })
  })
})

describe('matchesLegalQuery', () => {
  const decree = { number: '04/2015/NĐ-CP', summary: 'Về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước', issuingBody: 'Chính phủ', typeLabel: 'Nghị định' }
  it('finds by number however written, and by words without diacritics', () => {
    expect(matchesLegalQuery(decree, '4/2015/nd-cp')).toBe(true)
    expect(matchesLegalQuery(decree, 'số 04/2015/NĐ-CP')).toBe(true)
    expect(matchesLegalQuery(decree, '2015/ND')).toBe(true)
    expect(matchesLegalQuery(decree, 'dan chu hanh chinh')).toBe(true)
    expect(matchesLegalQuery(decree, 'Nghị định')).toBe(true)
    expect(matchesLegalQuery(decree, '25-NQ/TW')).toBe(false)
    expect(matchesLegalQuery(decree, 'ton giao')).toBe(false)
    expect(matchesLegalQuery(decree, '')).toBe(true)
  })
})

describe('unitHistory', () => {
  it('lists predecessors, the unit and its successors in order', () => {
    const units = [
      { id: 1, name: 'Ban Dân vận Thành ủy Hải Phòng', slug: 'hp' },
      { id: 2, name: 'Ban Dân vận Tỉnh ủy Hải Dương', slug: 'hd', validTo: '2025-06-30T16:59:59.000Z', successor: 1 },
      { id: 3, name: 'Ban Dân vận Tỉnh ủy Hải Hưng', slug: 'hh', validTo: '1996-12-31T16:59:59.000Z', successor: { id: 2 } },
    ]
    expect(unitHistory(units, 1).map((e) => [e.name, e.relation])).toEqual([
      ['Ban Dân vận Tỉnh ủy Hải Hưng', 'predecessor'],
      ['Ban Dân vận Tỉnh ủy Hải Dương', 'predecessor'],
      ['Ban Dân vận Thành ủy Hải Phòng', 'self'],
    ])
    const hd = unitHistory(units, 2)
    expect(hd.map((e) => e.relation)).toEqual(['predecessor', 'self', 'successor'])
    expect(hd[1].period).toBe('đến 30/06/2025')
    expect(hd[1].current).toBe(false)
    expect(unitHistory(units, 99)).toEqual([])
  })
})

describe('pictureOf', () => {
  const media = {
    alt: 'Quang cảnh hội nghị',
    url: '/api/media/file/a.jpg',
    variants: {
      thumbnail: { webp: { url: '/t.webp', width: 320, height: 213 }, fallback: { url: '/t.jpg', width: 320, height: 213 } },
      card: { webp: { url: '/c.webp', width: 768, height: 512 }, fallback: { url: '/c.jpg', width: 768, height: 512 } },
      hero: { webp: { url: '/h.webp', width: 1600, height: 1067 }, fallback: { url: '/h.jpg', width: 1600, height: 1067 } },
      social: { fallback: { url: '/s.jpg', width: 1200, height: 630, mimeType: 'image/jpeg', filesize: 10 } },
    },
  }
  it('offers WebP and fallback widths up to the size asked for', () => {
    const card = pictureOf(media, 'card')!
    expect(card.src).toBe('/c.jpg')
    expect(card.srcSet).toBe('/t.jpg 320w, /c.jpg 768w')
    expect(card.webpSrcSet).toBe('/t.webp 320w, /c.webp 768w')
    expect(card.width).toBe(768)
    // "Lưu bài" embeds the card size whatever size the page shows
    expect(pictureOf(media, 'hero')!.cardSrc).toBe('/c.jpg')
    expect(pictureOf({ alt: 'x', url: '/o.jpg' })?.cardSrc).toBe('/o.jpg')
    expect(pictureOf({ alt: 'x', url: '/o.jpg' })?.src).toBe('/o.jpg')
    expect(pictureOf(5)).toBeNull()
    expect(socialImageOf(media)).toEqual({ url: '/s.jpg', width: 1200, height: 630, type: 'image/jpeg', length: 10 })
  })
})
