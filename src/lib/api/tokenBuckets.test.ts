import { describe, expect, it } from 'vitest'
import { TokenBuckets } from './tokenBuckets'

describe('TokenBuckets', () => {
  it("allows a minute's allowance at once, then refuses with the wait until the next token", () => {
    const buckets = new TokenBuckets(60)
    for (let i = 0; i < 60; i++) expect(buckets.take('1.2.3.4', 0)).toEqual({ allowed: true })
    expect(buckets.take('1.2.3.4', 0)).toEqual({ allowed: false, retryAfterSeconds: 1 })
    // one token a second comes back
    expect(buckets.take('1.2.3.4', 999)).toEqual({ allowed: false, retryAfterSeconds: 1 })
    expect(buckets.take('1.2.3.4', 1000)).toEqual({ allowed: true })
    expect(buckets.take('1.2.3.4', 1000).allowed).toBe(false)
  })

  it('says how long to wait when tokens come back slowly', () => {
    const buckets = new TokenBuckets(2)
    buckets.take('a', 0)
    buckets.take('a', 0)
    expect(buckets.take('a', 0)).toEqual({ allowed: false, retryAfterSeconds: 30 })
    expect(buckets.take('a', 20_000)).toEqual({ allowed: false, retryAfterSeconds: 10 })
  })

  it('keeps each address apart and refills to no more than the allowance', () => {
    const buckets = new TokenBuckets(3)
    for (let i = 0; i < 3; i++) buckets.take('a', 0)
    expect(buckets.take('a', 0).allowed).toBe(false)
    expect(buckets.take('b', 0).allowed).toBe(true)
    // an hour idle gives back three tokens, not sixty
    const later = 3_600_000
    for (let i = 0; i < 3; i++) expect(buckets.take('a', later).allowed).toBe(true)
    expect(buckets.take('a', later).allowed).toBe(false)
  })

  it('holds at most maxKeys buckets, forgetting the least recently used', () => {
    const buckets = new TokenBuckets(1, 3)
    buckets.take('a', 0)
    buckets.take('b', 0)
    buckets.take('c', 0)
    buckets.take('a', 0) // a used again: b is now the oldest
    buckets.take('d', 0)
    expect(buckets.size).toBe(3)
    expect(buckets.take('a', 0).allowed).toBe(false) // still remembered, still empty
    expect(buckets.take('b', 0).allowed).toBe(true) // forgotten: a full bucket again
  })
})
