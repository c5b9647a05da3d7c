import { describe, expect, it } from 'vitest'
import { PostingSet, forEachBit, popcount, popcount32 } from './postingSet'

describe('PostingSet', () => {
  it('keeps its slots through the switch to a bitset and back', () => {
    const set = new PostingSet()
    const dense = Array.from({ length: 500 }, (_, i) => i * 2)
    for (const slot of dense) set.add(slot)
    set.add(998) // repeat of the last: ignored
    expect(set.dense).toBe(true)
    expect(set.size).toBe(500)
    set.add(200_000) // far away: back to a list
    expect(set.dense).toBe(false)
    expect([...set]).toEqual([...dense, 200_000])
    expect(set.has(998)).toBe(true)
    expect(set.has(999)).toBe(false)
    const bits = new Uint32Array(10)
    set.orInto(bits)
    expect(popcount(bits)).toBe(160) // the slots below 320
  })

  it('refuses slots out of order and remaps in order', () => {
    const set = new PostingSet()
    set.add(3)
    expect(() => set.add(1)).toThrow()
    set.add(7)
    set.add(9)
    const map = new Int32Array([0, -1, 1, 2, -1, 3, 4, 5, 6, -1])
    set.remap(map)
    expect([...set]).toEqual([2, 5])
  })

  it('counts and lists bits, the high bit included', () => {
    expect(popcount32(0xffffffff)).toBe(32)
    expect(popcount32(-1)).toBe(32)
    const seen: number[] = []
    forEachBit(new Uint32Array([0x80000001, 0, 4]), (slot) => seen.push(slot))
    expect(seen).toEqual([0, 31, 66])
  })
})
