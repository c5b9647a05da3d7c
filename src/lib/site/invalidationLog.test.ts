import { describe, expect, it } from 'vitest'
import { InvalidationFollower, invalidationOf, OVERLAP_MS } from './invalidationLog'

const at = (ms: number) => new Date(ms).toISOString()

describe('InvalidationFollower', () => {
  const start = Date.parse('2026-12-06T10:00:00Z')

  it('applies other processes’ rows once, though a read sees them again inside the overlap', () => {
    const follower = new InvalidationFollower('me', start)
    const row = { id: 1, tags: ['reports'], paths: ['/'], origin: 'other', createdAt: at(start + 100) }
    expect(follower.take([row], start + 500)).toEqual({ tags: ['reports'], paths: ['/'] })
    expect(follower.take([row], start + 1000)).toEqual({ tags: [], paths: [] })
    const next = { id: 2, tags: ['units'], paths: [], origin: 'other', createdAt: at(start + 900) }
    expect(follower.take([row, next], start + 1500)).toEqual({ tags: ['units'], paths: [] })
  })

  it('skips its own rows, and merges several rows into one invalidation', () => {
    const follower = new InvalidationFollower('me', start)
    const rows = [
      { id: 'a', tags: ['reports'], paths: ['/'], origin: 'me', createdAt: at(start + 1) },
      { id: 'b', tags: ['reports', 'report-path:u:s'], paths: ['/', '/bai-viet/u/s'], origin: 'x', createdAt: at(start + 2) },
      { id: 'c', tags: ['media'], paths: [], origin: null, createdAt: at(start + 3) },
    ]
    expect(follower.take(rows, start + 10)).toEqual({ tags: ['reports', 'report-path:u:s', 'media'], paths: ['/', '/bai-viet/u/s'] })
  })

  it('reads from the last read less the overlap, never from before it started', () => {
    const follower = new InvalidationFollower('me', start)
    expect(follower.since().getTime()).toBe(start)
    follower.take([], start + OVERLAP_MS + 5_000)
    expect(follower.since().getTime()).toBe(start + 5_000)
  })

  it('ignores what is not a list of strings in a stored row', () => {
    expect(invalidationOf({ tags: 'reports', paths: [1, '/', null] })).toEqual({ tags: [], paths: ['/'] })
  })
})
