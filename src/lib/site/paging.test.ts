import { describe, expect, it } from 'vitest'
import { pageOf } from './paging'

describe('pageOf', () => {
  it('cuts a list into pages and counts them', () => {
    const items = Array.from({ length: 7 }, (_, i) => i)
    expect(pageOf(items, 1, 3)).toEqual({ items: [0, 1, 2], page: 1, totalPages: 3, totalDocs: 7 })
    expect(pageOf(items, 3, 3)).toEqual({ items: [6], page: 3, totalPages: 3, totalDocs: 7 })
  })
  it('gives an empty list one empty page', () => {
    expect(pageOf([], 1, 30)).toEqual({ items: [], page: 1, totalPages: 1, totalDocs: 0 })
  })
})
