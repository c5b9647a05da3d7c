import { describe, expect, it } from 'vitest'
import { firstParam, withQuery, yearParam } from './queryParams'

describe('query parameters', () => {
  it('takes the first value, and nothing for an empty one', () => {
    expect(firstParam(['a', 'b'])).toBe('a')
    expect(firstParam('')).toBeUndefined()
    expect(firstParam(undefined)).toBeUndefined()
  })

  it('reads a year only as four digits', () => {
    expect(yearParam('2024')).toBe(2024)
    expect(yearParam(['2023', '2024'])).toBe(2023)
    expect(yearParam('24')).toBeUndefined()
    expect(yearParam('2024x')).toBeUndefined()
  })

  it('builds a link with the values that are set, in order', () => {
    expect(withQuery('/van-ban', { q: 'dân chủ', loai: undefined, trang: 2 })).toBe('/van-ban?q=d%C3%A2n+ch%E1%BB%A7&trang=2')
    expect(withQuery('/mo-hinh', { 'linh-vuc': '', nam: null })).toBe('/mo-hinh')
  })
})
