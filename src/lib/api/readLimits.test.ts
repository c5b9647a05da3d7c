import { describe, expect, it } from 'vitest'
import { ANONYMOUS_CAPS, checkCount, depthFor, joinLimitFor, limitFor, STAFF_CAPS } from './readLimits'

const staff = { id: 1 }

describe('checkCount', () => {
  it('passes whole numbers from 0 up and nothing', () => {
    expect(checkCount('limit', 20)).toBe(20)
    expect(checkCount('limit', 0)).toBe(0)
    expect(checkCount('limit', '7')).toBe(7)
    expect(checkCount('limit', 2_147_483_647)).toBe(2_147_483_647)
    expect(checkCount('limit', undefined)).toBeUndefined()
    expect(checkCount('limit', '')).toBeUndefined()
  })

  it('names what is wrong: not a number, a fraction, negative, absurd', () => {
    expect(checkCount('limit', 'abc')).toEqual({ name: 'limit', value: 'abc', reason: 'notNumber' })
    expect(checkCount('depth', 'NaN')).toMatchObject({ reason: 'notNumber' })
    expect(checkCount('page', 1.5)).toEqual({ name: 'page', value: '1.5', reason: 'notInteger' })
    expect(checkCount('limit', -1)).toMatchObject({ reason: 'negative' })
    expect(checkCount('limit', 1e20)).toEqual({ name: 'limit', value: '100000000000000000000', reason: 'tooLarge' })
    expect(checkCount('limit', Infinity)).toMatchObject({ reason: 'tooLarge' })
    expect(checkCount('limit', 2_147_483_648)).toMatchObject({ reason: 'tooLarge' })
  })
})

describe('limitFor', () => {
  it('caps anonymous readers at 100 and staff at 1,000', () => {
    expect(limitFor(null, 100_000)).toBe(ANONYMOUS_CAPS.limit)
    expect(limitFor(null, 20)).toBe(20)
    expect(limitFor(staff, 100_000)).toBe(STAFF_CAPS.limit)
    expect(limitFor(staff, 500)).toBe(500)
  })

  it('reads "all" (0, or no limit without pagination) as the cap', () => {
    expect(limitFor(null, 0)).toBe(100)
    expect(limitFor(null, undefined, false)).toBe(100)
    expect(limitFor(staff, undefined, false)).toBe(1000)
    expect(limitFor(null, 5, false)).toBe(5)
    // Payload's own default page (10) stays
    expect(limitFor(null, undefined)).toBeUndefined()
  })
})

describe('joinLimitFor', () => {
  it("caps each join's documents, the field's default included", () => {
    expect(joinLimitFor(null, undefined, 20)).toBe(10)
    expect(joinLimitFor(null, 0, 20)).toBe(10)
    expect(joinLimitFor(null, 5, 20)).toBe(5)
    expect(joinLimitFor(staff, undefined, 20)).toBe(20)
    expect(joinLimitFor(staff, 0, 20)).toBe(1000)
  })
})

describe('depthFor', () => {
  it('caps anonymous depth at 1, its default too; staff keep Payload’s limit', () => {
    expect(depthFor(null, 10, 2)).toBe(1)
    expect(depthFor(null, undefined, 2)).toBe(1)
    expect(depthFor(null, 0, 2)).toBe(0)
    expect(depthFor(staff, 5, 2)).toBe(5)
    expect(depthFor(staff, undefined, 2)).toBe(2)
    expect(depthFor(staff, 50, 2)).toBe(10)
  })
})
