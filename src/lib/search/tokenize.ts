import { foldVietnamese } from '../text/foldVietnamese'

/**
 * Words of Vietnamese text for search. A word is a run of letters, digits and combining
 * marks ("Đà", "Nẵng", "04", "2015", "NĐ"); everything else separates words, so
 * "04/2015/NĐ-CP" is four words. Each word has two forms: `exact`, lowercase NFC with its
 * accents ("đường"), and `folded`, lowercase ASCII without them ("duong", đ → d), with the
 * leading zeros of numbers dropped so "04/2015" and "4/2015" are the same words.
 */
export type Token = {
  /** Lowercase NFC, accents kept. */
  exact: string
  /** Lowercase, accents dropped, đ → d, numbers without leading zeros. */
  folded: string
  /** Character offsets in the (NFC) text the token came from. */
  start: number
  end: number
  /** Word number within the text: 0, 1, 2… */
  position: number
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u
const otherChars = new Map<number, boolean>()

/** Whether a UTF-16 code unit belongs to a word: a letter, digit or combining mark. */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7 // Latin letters (Vietnamese ă â đ ê ô ơ ư…)
  if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1ea0 && c <= 0x1ef9)) return true // marks; Vietnamese precomposed
  let known = otherChars.get(c)
  if (known === undefined) otherChars.set(c, (known = WORD_CHAR.test(String.fromCharCode(c))))
  return known
}

/** Calls `visit(start, end)` for each word of `text`. */
function scan(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length
  let i = 0
  while (i < n) {
    while (i < n && !isWordChar(text.charCodeAt(i))) i++
    if (i >= n) break
    const start = i
    while (i < n && isWordChar(text.charCodeAt(i))) i++
    visit(start, i)
  }
}

// The vocabulary of Vietnamese syllables is small; folding each distinct word once keeps
// indexing fast. The cache is dropped whole when it grows past its bound.
const foldCache = new Map<string, string>()
const FOLD_CACHE_LIMIT = 200_000

/** The folded form of one lowercase word. */
export function foldToken(exact: string): string {
  let folded = foldCache.get(exact)
  if (folded === undefined) {
    folded = foldVietnamese(exact)
    if (/^\d+$/.test(folded)) folded = folded.replace(/^0+(?=\d)/, '')
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear()
    foldCache.set(exact, folded)
  }
  return folded
}

/** Whether a word carries Vietnamese marks (a tone, ă â ê ô ơ ư, or đ). */
export function isAccented(exact: string): boolean {
  return foldVietnamese(exact) !== exact.toLowerCase()
}

/**
 * Calls `visit` for each word of `text` in order, without building token objects (the
 * indexer's path). `text` is normalised to NFC first.
 */
export function forEachWord(text: string, visit: (exact: string, position: number) => void): void {
  const source = text.normalize('NFC').toLowerCase()
  let position = 0
  scan(source, (start, end) => visit(source.slice(start, end), position++))
}

/** The words of `text` with their offsets and positions. Offsets refer to `text.normalize('NFC')`. */
export function tokenize(text: string): Token[] {
  const source = text.normalize('NFC')
  const tokens: Token[] = []
  scan(source, (start, end) => {
    const exact = source.slice(start, end).toLowerCase()
    tokens.push({ exact, folded: foldToken(exact), start, end, position: tokens.length })
  })
  return tokens
}

/** A word of a query. `accented` words prefer documents with the same accents. */
export type QueryToken = { exact: string; folded: string; accented: boolean }

/** At most this many words of a query take part; the rest are ignored. */
export const MAX_QUERY_TOKENS = 8

/**
 * The words of a search query, in order, each once. "Dân vận khéo" and "dan van kheo" give
 * the same folded words; only the first keeps its accents as a preference.
 */
export function parseQuery(query: string): QueryToken[] {
  const seen = new Set<string>()
  const out: QueryToken[] = []
  for (const token of tokenize(query.slice(0, 500))) {
    if (seen.has(token.exact)) continue
    seen.add(token.exact)
    out.push({ exact: token.exact, folded: token.folded, accented: isAccented(token.exact) })
    if (out.length === MAX_QUERY_TOKENS) break
  }
  return out
}
