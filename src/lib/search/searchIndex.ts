import { PostingSet, forEachBit, popcount32 as popcount32Imported } from './postingSet'
import { SCORE_BITS as SCORE_BITS_IMPORTED, WEIGHTS as WEIGHTS_IMPORTED, requiredMatches } from './score'
import { foldToken, forEachWord, type QueryToken } from './tokenize'

export type SearchKind = 'report' | 'official' | 'model' | 'legal-document'
export const SEARCH_KINDS: readonly SearchKind[] = ['report', 'official', 'model', 'legal-document']

/** What the index knows of one searchable document. */
export type IndexDoc = {
  /** `${kind}:${id}`, unique. */
  key: string
  kind: SearchKind
  title: string
  lead?: string | null
  body?: string | null
  unit?: string | null
  category?: string | null
  year?: number | null
  /** Milliseconds since the epoch; undated documents sort as oldest. */
  publishedAt?: number | null
}

export type IndexFilters = { kinds?: readonly SearchKind[]; unit?: string; category?: string; year?: number }
export type RankedHit = { key: string; score: number; publishedAt: number }
export type IndexResult = { total: number; hits: RankedHit[] }

// local copies: imported bindings can cost a getter call each in hot loops (CommonJS interop)
const SCORE_BITS = SCORE_BITS_IMPORTED
const WEIGHTS = { ...WEIGHTS_IMPORTED }
const popcount32 = popcount32Imported

const TITLE = 0
const LEAD = 1
const BODY = 2
type Field = typeof TITLE | typeof LEAD | typeof BODY

/** An exact (lowercase, accented) word: its folded form's number and the slots that have it. */
type Word = { exact: string; folded: number; any: PostingSet }

/**
 * A process-local inverted index over folded Vietnamese words, with ranking.
 *
 * Every version of a document gets a new slot (a small integer); the old slot is marked dead
 * and compacted away later. Each exact word has a PostingSet of the slots that contain it
 * (any field); `forms` lists the exact forms of each folded word ("duong" → dương, đường,
 * đương), so a folded match is the union of its forms' sets and an exact-accent match is
 * one form's set. Each folded word also has a set for titles and one for leads. Word pairs (folded, side by side in one field) have sets of their own for the phrase
 * bonus; unit, category, year and kind are sets too (facets).
 *
 * A query is answered with bitset algebra over the slots: the documents that match (all
 * words, or all but one for a long query that finds nothing otherwise), then each
 * document's score (score.ts) summed into a bit-sliced integer, then the top `offset +
 * limit` taken slice by slice (highest bit first), and equal scores ordered newest first.
 * The work is proportional to the number of slots / 32, not to the number of matches, so a
 * query costs about the same at 10,000 and 100,000 documents.
 */
export class SearchIndex {
  private words = new Map<string, Word>()
  private foldedIds = new Map<string, number>()
  /** The exact forms of each folded word, by its number ("duong" → dương, đường, đương). */
  private forms: Word[][] = []
  /** By folded word number: the slots with the word (any form) in the title, and in the lead. */
  private inTitle: (PostingSet | null)[] = []
  private inLead: (PostingSet | null)[] = []
  /** Word pairs: by the first folded word's number, then the second's. */
  private pairs: (Map<number, PostingSet> | undefined)[] = []
  private facets = new Map<string, PostingSet>()
  private alive = new Uint32Array(4)
  private keys: (string | null)[] = []
  private published = new Float64Array(64)
  private slotOf = new Map<string, number>()
  private recency = new Uint32Array(0)
  private pendingRecency: number[] = []
  private slots = 0
  private dead = 0

  /** Number of documents in the index. */
  get size(): number {
    return this.slotOf.size
  }

  has(key: string): boolean {
    return this.slotOf.has(key)
  }

  keysInIndex(): string[] {
    return [...this.slotOf.keys()]
  }

  /** Adds a document, or replaces the one with the same key. */
  upsert(doc: IndexDoc): void {
    this.removeSlot(doc.key)
    this.compactIfWasteful()
    const slot = this.slots++
    this.ensureCapacity(this.slots)
    this.keys[slot] = doc.key
    this.published[slot] = doc.publishedAt ?? 0
    this.alive[slot >>> 5] |= 1 << (slot & 31)
    this.slotOf.set(doc.key, slot)
    this.indexField(slot, TITLE, doc.title)
    if (doc.lead) this.indexField(slot, LEAD, doc.lead)
    if (doc.body) this.indexField(slot, BODY, doc.body)
    this.facet(`k:${doc.kind}`).add(slot)
    if (doc.unit) this.facet(`u:${doc.unit}`).add(slot)
    if (doc.category) this.facet(`c:${doc.category}`).add(slot)
    if (doc.year) this.facet(`y:${doc.year}`).add(slot)
    this.pendingRecency.push(slot)
  }

  /** Removes a document; unknown keys are ignored. */
  remove(key: string): void {
    this.removeSlot(key)
    this.compactIfWasteful()
  }

  private compactIfWasteful() {
    if (this.dead > 1024 && this.dead * 4 > this.slots) this.compact()
  }

  private removeSlot(key: string) {
    const slot = this.slotOf.get(key)
    if (slot === undefined) return
    this.slotOf.delete(key)
    this.alive[slot >>> 5] &= ~(1 << (slot & 31))
    this.keys[slot] = null
    this.dead++
  }

  private ensureCapacity(slots: number) {
    const words = (slots + 31) >>> 5
    if (words > this.alive.length) {
      const grown = new Uint32Array(Math.max(words, this.alive.length * 2))
      grown.set(this.alive)
      this.alive = grown
    }
    if (slots > this.published.length) {
      const grown = new Float64Array(Math.max(slots, this.published.length * 2))
      grown.set(this.published)
      this.published = grown
    }
  }

  private facet(name: string): PostingSet {
    let set = this.facets.get(name)
    if (!set) this.facets.set(name, (set = new PostingSet()))
    return set
  }

  private word(exact: string): Word {
    let word = this.words.get(exact)
    if (!word) {
      const folded = foldToken(exact)
      let id = this.foldedIds.get(folded)
      if (id === undefined) {
        id = this.forms.length
        this.foldedIds.set(folded, id)
        this.forms.push([])
        this.inTitle.push(null)
        this.inLead.push(null)
      }
      word = { exact, folded: id, any: new PostingSet() }
      this.forms[id].push(word)
      this.words.set(exact, word)
    }
    return word
  }

  private indexField(slot: number, field: Field, text: string) {
    let previous = -1
    forEachWord(text, (exact) => {
      const word = this.word(exact)
      if (word.any.last !== slot) word.any.add(slot)
      if (field !== BODY) {
        const byField = field === TITLE ? this.inTitle : this.inLead
        const set = byField[word.folded] ?? (byField[word.folded] = new PostingSet())
        if (set.last !== slot) set.add(slot)
      }
      if (previous >= 0) {
        const following = this.pairs[previous] ?? (this.pairs[previous] = new Map())
        let pair = following.get(word.folded)
        if (!pair) following.set(word.folded, (pair = new PostingSet()))
        if (pair.last !== slot) pair.add(slot)
      }
      previous = word.folded
    })
  }

  private formsOf(folded: string): Word[] {
    const id = this.foldedIds.get(folded)
    return id === undefined ? [] : this.forms[id]
  }

  /** Scratch bitsets for queries, reused while the number of slots stays the same. */
  private pool: Uint32Array[] = []
  private poolWords = 0

  private scratch(words: number, taken: Uint32Array[]): Uint32Array {
    if (words !== this.poolWords) {
      this.pool = []
      this.poolWords = words
    }
    const bits = this.pool.pop() ?? new Uint32Array(words)
    bits.fill(0)
    taken.push(bits)
    return bits
  }

  /** The ranked page of documents for a parsed query. */
  search(query: QueryToken[], filters: IndexFilters = {}, offset = 0, limit = 10): IndexResult {
    const taken: Uint32Array[] = []
    try {
      return this.rank(query, filters, offset, limit, (words) => this.scratch(words, taken))
    } finally {
      if (taken.length && taken[0].length === this.poolWords) this.pool.push(...taken)
    }
  }

  private rank(query: QueryToken[], filters: IndexFilters, offset: number, limit: number, bitset: (words: number) => Uint32Array): IndexResult {
    const n = query.length
    if (n === 0 || this.size === 0) return { total: 0, hits: [] }
    const words = (this.slots + 31) >>> 5

    // documents allowed by the filters
    const base = bitset(words)
    base.set(this.alive.subarray(0, words))
    if (filters.kinds?.length) {
      const kinds = bitset(words)
      for (const kind of filters.kinds) this.facets.get(`k:${kind}`)?.orInto(kinds)
      andInto(base, kinds)
    }
    for (const name of [filters.unit !== undefined ? `u:${filters.unit}` : null, filters.category !== undefined ? `c:${filters.category}` : null, filters.year !== undefined ? `y:${filters.year}` : null]) {
      if (name === null) continue
      const set = this.facets.get(name)
      if (!set) return { total: 0, hits: [] }
      const bits = bitset(words)
      set.orInto(bits)
      andInto(base, bits)
    }

    // per query word: present (any field, accents ignored), in title, in lead, exact accents
    const byFolded = new Map<string, { present: Uint32Array; title: Uint32Array; lead: Uint32Array }>()
    const present: Uint32Array[] = []
    const indicators: { bits: Uint32Array; weight: number }[] = []
    for (const token of query) {
      let sets = byFolded.get(token.folded)
      if (!sets) {
        sets = { present: bitset(words), title: bitset(words), lead: bitset(words) }
        for (const form of this.formsOf(token.folded)) form.any.orInto(sets.present)
        const id = this.foldedIds.get(token.folded)
        if (id !== undefined) {
          this.inTitle[id]?.orInto(sets.title)
          this.inLead[id]?.orInto(sets.lead)
        }
        byFolded.set(token.folded, sets)
      }
      indicators.push({ bits: sets.title, weight: WEIGHTS.title }, { bits: sets.lead, weight: WEIGHTS.lead })
      present.push(sets.present)
      const word = token.accented ? this.words.get(token.exact) : undefined
      if (word) {
        const exact = bitset(words)
        word.any.orInto(exact)
        indicators.push({ bits: exact, weight: WEIGHTS.exact })
      }
    }
    for (let i = 1; i < n; i++) {
      const first = this.foldedIds.get(query[i - 1].folded)
      const second = this.foldedIds.get(query[i].folded)
      const pair = first === undefined || second === undefined ? undefined : this.pairs[first]?.get(second)
      if (!pair) continue
      const bits = bitset(words)
      pair.orInto(bits)
      indicators.push({ bits, weight: WEIGHTS.adjacent })
    }

    // the matching documents: all words, else (three words or more) all but one
    const matched = bitset(words)
    let total = 0
    for (let w = 0; w < words; w++) {
      let m = base[w]
      for (let i = 0; i < n && m !== 0; i++) m &= present[i][w]
      matched[w] = m
      if (m !== 0) total += popcount32(m)
    }
    let relaxed = false
    if (total === 0 && requiredMatches(n, true) < n) {
      relaxed = true
      const prefix = new Int32Array(n + 1)
      for (let w = 0; w < words; w++) {
        if (base[w] === 0) continue
        // documents missing at most one word: OR over i of AND of all the others
        prefix[0] = -1
        for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i] & present[i][w]
        let suffix = -1
        let m = 0
        for (let i = n - 1; i >= 0; i--) {
          m |= prefix[i] & suffix
          suffix &= present[i][w]
        }
        m &= base[w]
        matched[w] = m
        if (m !== 0) total += popcount32(m)
      }
      if (total > 0) for (const bits of present) indicators.push({ bits, weight: WEIGHTS.present })
    }
    if (total === 0) return { total: 0, hits: [] }
    const wanted = Math.min(offset + limit, total)
    if (wanted <= offset) return { total, hits: [] }
    const constant = relaxed ? 0 : n * WEIGHTS.present

    // bit-sliced scores of the matching documents, only over words that hold some
    const nonEmpty = new Int32Array(words)
    let nonEmptyCount = 0
    for (let w = 0; w < words; w++) if (matched[w] !== 0) nonEmpty[nonEmptyCount++] = w
    // as many bit slices as the largest possible sum needs
    const maxScore = indicators.reduce((sum, { weight }) => sum + weight, 0)
    const sliceCount = Math.min(SCORE_BITS, 32 - Math.clz32(maxScore))
    const slices: Uint32Array[] = []
    for (let k = 0; k < sliceCount; k++) slices.push(bitset(words))
    // each indicator adds its weight: one ripple-carry addition per set bit of the weight
    const termBits: Uint32Array[] = []
    const termShift: number[] = []
    for (const { bits, weight } of indicators) {
      for (let b = 0; b < sliceCount; b++) {
        if (weight & (1 << b)) {
          termBits.push(bits)
          termShift.push(b)
        }
      }
    }
    const acc = new Int32Array(sliceCount)
    for (let i = 0; i < nonEmptyCount; i++) {
      const w = nonEmpty[i]
      const m = matched[w]
      acc.fill(0)
      for (let t = 0; t < termBits.length; t++) {
        let carry = termBits[t][w] & m
        for (let k = termShift[t]; carry !== 0 && k < sliceCount; k++) {
          const next = acc[k] & carry
          acc[k] ^= carry
          carry = next
        }
      }
      for (let k = 0; k < sliceCount; k++) if (acc[k] !== 0) slices[k][w] = acc[k]
    }

    // the top K, highest bit first: `greater` holds documents certainly in the top K,
    // `equal` those tied with the K-th so far
    const greater = bitset(words)
    const equal = bitset(words)
    equal.set(matched)
    let greaterCount = 0
    for (let k = sliceCount - 1; k >= 0; k--) {
      const slice = slices[k]
      let count = greaterCount
      for (let i = 0; i < nonEmptyCount; i++) {
        const w = nonEmpty[i]
        const x = equal[w] & slice[w]
        if (x !== 0) count += popcount32(x)
      }
      if (count === greaterCount) continue // nobody left has this bit
      if (count > wanted) {
        for (let i = 0; i < nonEmptyCount; i++) equal[nonEmpty[i]] &= slice[nonEmpty[i]]
      } else {
        for (let i = 0; i < nonEmptyCount; i++) {
          const w = nonEmpty[i]
          greater[w] |= equal[w] & slice[w]
          equal[w] &= ~slice[w]
        }
        greaterCount = count
        if (count === wanted) break
      }
    }

    const scoreOf = (slot: number) => {
      let score = constant
      for (let k = 0; k < sliceCount; k++) if (slices[k][slot >>> 5] & (1 << (slot & 31))) score += 1 << k
      return score
    }
    const top: number[] = []
    forEachBit(greater, (slot) => void top.push(slot))
    const scores = new Map(top.map((slot) => [slot, scoreOf(slot)]))
    top.sort((a, b) => scores.get(b)! - scores.get(a)! || this.newerFirst(a, b))
    const ties = greaterCount < wanted ? this.newest(equal, wanted - top.length) : []
    const tieScore = ties.length ? scoreOf(ties[0]) : 0
    return {
      total,
      hits: top
        .concat(ties)
        .slice(offset, wanted)
        .map((slot) => ({ key: this.keys[slot]!, score: scores.get(slot) ?? tieScore, publishedAt: this.published[slot] })),
    }
  }

  private newerFirst = (a: number, b: number) => this.published[b] - this.published[a] || b - a

  /** The `count` newest slots of a bitset. */
  private newest(bits: Uint32Array, count: number): number[] {
    if (count <= 0) return []
    let size = 0
    for (let w = 0; w < bits.length; w++) if (bits[w] !== 0) size += popcount32(bits[w])
    // collecting and sorting costs about size·log(size); walking the slots newest first
    // until enough are found about count·slots/size
    if (size * Math.log2(size + 2) * 4 <= (count * this.slots) / size) {
      const all: number[] = []
      forEachBit(bits, (slot) => void all.push(slot))
      return all.sort(this.newerFirst).slice(0, count)
    }
    this.flushRecency()
    const out: number[] = []
    for (let i = 0; i < this.recency.length && out.length < count; i++) {
      const slot = this.recency[i]
      if (slot >>> 5 < bits.length && bits[slot >>> 5] & (1 << (slot & 31))) out.push(slot)
    }
    return out
  }

  private flushRecency() {
    if (!this.pendingRecency.length) return
    const isAlive = (slot: number) => (this.alive[slot >>> 5] & (1 << (slot & 31))) !== 0
    const pending = this.pendingRecency.filter(isAlive).sort(this.newerFirst)
    this.pendingRecency = []
    const merged = new Uint32Array(this.recency.length + pending.length)
    let i = 0
    let j = 0
    let n = 0
    while (i < this.recency.length || j < pending.length) {
      const a = this.recency[i]
      if (i < this.recency.length && !isAlive(a)) {
        i++
        continue
      }
      if (j >= pending.length || (i < this.recency.length && this.newerFirst(a, pending[j]) <= 0)) {
        merged[n++] = a
        i++
      } else merged[n++] = pending[j++]
    }
    this.recency = merged.slice(0, n)
  }

  /** Renumbers the live slots 0…n-1, dropping dead ones from every set. */
  compact(): void {
    const map = new Int32Array(this.slots).fill(-1)
    let next = 0
    for (let slot = 0; slot < this.slots; slot++) if (this.keys[slot] !== null && this.keys[slot] !== undefined) map[slot] = next++
    const remapAll = <K>(sets: Map<K, PostingSet>) => {
      for (const [name, set] of sets) {
        set.remap(map)
        if (set.size === 0) sets.delete(name)
      }
    }
    for (const following of this.pairs) if (following) remapAll(following)
    remapAll(this.facets)
    for (const [exact, word] of this.words) {
      word.any.remap(map)
      if (word.any.size === 0) {
        this.words.delete(exact)
        const forms = this.forms[word.folded]
        forms.splice(forms.indexOf(word), 1)
      }
    }
    for (const byField of [this.inTitle, this.inLead]) {
      for (let id = 0; id < byField.length; id++) {
        byField[id]?.remap(map)
        if (byField[id]?.size === 0) byField[id] = null
      }
    }
    const keys: (string | null)[] = new Array(next)
    const published = new Float64Array(Math.max(64, next))
    const alive = new Uint32Array(Math.max(4, (next + 31) >>> 5))
    for (let slot = 0; slot < this.slots; slot++) {
      const to = map[slot]
      if (to < 0) continue
      keys[to] = this.keys[slot]
      published[to] = this.published[slot]
      alive[to >>> 5] |= 1 << (to & 31)
      this.slotOf.set(this.keys[slot]!, to)
    }
    this.flushRecency()
    const recency = new Uint32Array(this.recency.length)
    let r = 0
    for (const slot of this.recency) if (map[slot] >= 0) recency[r++] = map[slot]
    this.recency = recency.slice(0, r)
    this.keys = keys
    this.published = published
    this.alive = alive
    this.slots = next
    this.dead = 0
  }

  /** Drops spare capacity after a bulk load. */
  trimStorage(): void {
    for (const sets of [...this.pairs, this.facets]) for (const set of sets?.values() ?? []) set.trim()
    for (const word of this.words.values()) word.any.trim()
    for (const set of [...this.inTitle, ...this.inLead]) set?.trim()
    this.flushRecency()
  }

  /** Approximate bytes held: the sets' arrays, the per-slot arrays, and the maps' entries and keys. */
  memory(): { bytes: number; slots: number; words: number; wordSets: number; pairs: number; denseSets: number } {
    let bytes = this.alive.byteLength + this.published.byteLength + this.recency.byteLength + this.keys.length * 8
    let denseSets = 0
    let wordSets = 0
    const SET = 64 // a PostingSet object with its typed array's header, roughly
    const ENTRY = 32 // a Map entry
    const count = (set: PostingSet) => {
      bytes += set.bytes() + SET
      if (set.dense) denseSets++
    }
    let pairs = 0
    for (const following of this.pairs) {
      if (!following) continue
      for (const set of following.values()) count(set)
      bytes += following.size * ENTRY + 64
      pairs += following.size
    }
    for (const [name, set] of this.facets) {
      count(set)
      bytes += ENTRY + 2 * name.length
    }
    for (const [exact, word] of this.words) {
      bytes += ENTRY + 48 + 2 * exact.length
      count(word.any)
      wordSets++
    }
    for (const set of [...this.inTitle, ...this.inLead]) if (set) {
      count(set)
      wordSets++
    }
    for (const [folded] of this.foldedIds) bytes += ENTRY + 32 + 2 * folded.length
    for (const key of this.slotOf.keys()) bytes += ENTRY + 24 + 2 * key.length
    return { bytes, slots: this.slots, words: this.words.size, wordSets, pairs, denseSets }
  }
}

function andInto(target: Uint32Array, mask: Uint32Array) {
  for (let w = 0; w < target.length; w++) target[w] &= mask[w]
}
