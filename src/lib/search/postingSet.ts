/**
 * A set of document slots (small integers), kept as a sorted list while it is sparse and as
 * a bitset once it is dense, so that it never costs more than about twice the smaller of
 * the two. Slots are only ever added in increasing order (a document that changes gets a
 * new slot), so adding is an append; removal happens only by remapping (see `remap`).
 */
export class PostingSet {
  /** Sorted slots while sparse. */
  private ids: Uint32Array | null = new Uint32Array(2)
  /** Bit i set = slot i is in the set, once dense. */
  private bits: Uint32Array | null = null
  /** Number of slots in the set. */
  size = 0
  /** The largest slot added, -1 when empty. */
  last = -1

  /** Adds a slot not smaller than any in the set; adding the last one again does nothing. */
  add(slot: number): void {
    if (slot === this.last) return
    if (slot < this.last) throw new Error(`PostingSet.add out of order: ${slot} after ${this.last}`)
    this.last = slot
    this.size++
    if (this.ids) {
      if (this.size > this.ids.length) {
        // sparse costs 32 bits a slot, dense 1 bit a slot of range: switch at 1/16 full
        if (this.size * 16 > slot + 1 && this.size >= 64) {
          this.toDense(slot)
        } else {
          const grown = new Uint32Array(Math.max(4, Math.ceil(this.ids.length * (this.ids.length < 1024 ? 2 : 1.5))))
          grown.set(this.ids)
          this.ids = grown
        }
      }
      if (this.ids) {
        this.ids[this.size - 1] = slot
        return
      }
    }
    const word = slot >>> 5
    if (word >= this.bits!.length) {
      // a dense set that has become sparse over a larger range goes back to a list
      if (this.size * 64 < slot + 1) {
        this.toSparse()
        this.add2(slot)
        return
      }
      const grown = new Uint32Array(Math.max(word + 1, Math.ceil(this.bits!.length * 1.5)))
      grown.set(this.bits!)
      this.bits = grown
    }
    this.bits![word] |= 1 << (slot & 31)
  }

  // append into the sparse list after toSparse (size and last already counted)
  private add2(slot: number) {
    const ids = this.ids!
    if (this.size > ids.length) {
      const grown = new Uint32Array(Math.ceil(this.size * 1.5))
      grown.set(ids)
      this.ids = grown
    }
    this.ids![this.size - 1] = slot
  }

  private toDense(upTo: number) {
    const bits = new Uint32Array(((upTo >>> 5) + 1) * 2)
    const ids = this.ids!
    for (let i = 0; i < this.size - 1; i++) bits[ids[i] >>> 5] |= 1 << (ids[i] & 31)
    this.ids = null
    this.bits = bits
  }

  private toSparse() {
    const ids = new Uint32Array(this.size + 4)
    let n = 0
    const bits = this.bits!
    for (let w = 0; w < bits.length; w++) {
      let word = bits[w]
      while (word !== 0) {
        const low = word & -word
        ids[n++] = (w << 5) + 31 - Math.clz32(low)
        word ^= low
      }
    }
    this.ids = ids
    this.bits = null
  }

  has(slot: number): boolean {
    if (this.bits) return slot >>> 5 < this.bits.length && (this.bits[slot >>> 5] & (1 << (slot & 31))) !== 0
    const ids = this.ids!
    let lo = 0
    let hi = this.size - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      if (ids[mid] === slot) return true
      if (ids[mid] < slot) lo = mid + 1
      else hi = mid - 1
    }
    return false
  }

  /** ORs the set into a bitset of `target.length` words (slots beyond it are ignored). */
  orInto(target: Uint32Array): void {
    if (this.bits) {
      const n = Math.min(this.bits.length, target.length)
      const bits = this.bits
      for (let w = 0; w < n; w++) target[w] |= bits[w]
      return
    }
    const ids = this.ids!
    const limit = target.length << 5
    for (let i = 0; i < this.size; i++) {
      const slot = ids[i]
      if (slot >= limit) break
      target[slot >>> 5] |= 1 << (slot & 31)
    }
  }

  /** The slots, ascending. */
  *[Symbol.iterator](): IterableIterator<number> {
    if (this.ids) {
      for (let i = 0; i < this.size; i++) yield this.ids[i]
      return
    }
    const bits = this.bits!
    for (let w = 0; w < bits.length; w++) {
      let word = bits[w]
      while (word !== 0) {
        const low = word & -word
        yield (w << 5) + 31 - Math.clz32(low)
        word ^= low
      }
    }
  }

  /**
   * Renumbers the slots: `map[old]` is the new slot, or -1 to drop it. The map must keep
   * order (old a < old b ⇒ new a < new b), as compaction's does.
   */
  remap(map: Int32Array): void {
    const kept: number[] = []
    for (const slot of this) {
      const next = slot < map.length ? map[slot] : -1
      if (next >= 0) kept.push(next)
    }
    this.ids = new Uint32Array(Math.max(2, kept.length))
    this.bits = null
    this.size = 0
    this.last = -1
    for (const slot of kept) this.add(slot)
    this.trim()
  }

  /** Drops spare capacity (after a bulk load). */
  trim(): void {
    if (this.ids && this.ids.length > this.size + 1) this.ids = this.ids.slice(0, Math.max(2, this.size))
  }

  /** Bytes held by the set's arrays. */
  bytes(): number {
    return (this.ids?.byteLength ?? 0) + (this.bits?.byteLength ?? 0)
  }

  get dense(): boolean {
    return this.bits !== null
  }
}

/** Number of set bits in a 32-bit word. */
export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  x = (x + (x >>> 4)) & 0x0f0f0f0f
  return Math.imul(x, 0x01010101) >>> 24
}

/** Number of set bits in a bitset. */
export function popcount(bits: Uint32Array): number {
  let n = 0
  for (let w = 0; w < bits.length; w++) if (bits[w] !== 0) n += popcount32(bits[w])
  return n
}

/** Calls `visit` for each set bit's index, ascending. */
export function forEachBit(bits: Uint32Array, visit: (slot: number) => void): void {
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w]
    while (word !== 0) {
      const low = word & -word
      visit((w << 5) + 31 - Math.clz32(low))
      word ^= low
    }
  }
}
