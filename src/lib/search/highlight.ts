import { tokenize, type QueryToken, type Token } from './tokenize'

/** A run of text, marked when it is a word the query matched. */
export type HighlightPart = { text: string; hit: boolean }

const collapse = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim()

function hitTokens(tokens: Token[], query: QueryToken[]): boolean[] {
  const wanted = new Set(query.map((q) => q.folded))
  return tokens.map((t) => wanted.has(t.folded))
}

/**
 * Splits `text` (from `from` to `to`) into parts, marking the words whose folded form is a
 * query word's: for "đường", "đường" and "dương" are both marked, since both matched.
 * Neighbouring marked words separated only by spaces form one part ("Dân vận khéo").
 */
function parts(text: string, tokens: Token[], hits: boolean[], from: number, to: number): HighlightPart[] {
  const out: HighlightPart[] = []
  const push = (piece: string, hit: boolean) => {
    if (!piece) return
    const last = out[out.length - 1]
    if (last && last.hit === hit) last.text += piece
    else out.push({ text: piece, hit })
  }
  let cursor = from
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (!hits[i] || token.start < from || token.end > to) continue
    const gap = text.slice(cursor, token.start)
    const joinsPrevious = out.length > 0 && out[out.length - 1].hit && cursor === tokens[i - 1]?.end && /^ +$/.test(gap)
    push(gap, joinsPrevious)
    push(text.slice(token.start, token.end), true)
    cursor = token.end
  }
  push(text.slice(cursor, to), false)
  return out
}

/** The whole of a (short) text, such as a title, with the matched words marked. */
export function highlight(text: string, query: QueryToken[]): HighlightPart[] {
  const source = collapse(text)
  const tokens = tokenize(source)
  return parts(source, tokens, hitTokens(tokens, query), 0, source.length)
}

/** Words looked at after a hit when choosing where the snippet starts. */
const WINDOW = 10
/** Words of context shown before the first hit. */
const LEAD_IN = 6

/**
 * About `maxLength` characters of `text` around its best hit (the earliest place where the
 * most distinct query words fall within a few words of each other, and among those the most
 * of the query's phrases, so "da nang" shows "Đà Nẵng" rather than "đã … năng", then of its
 * exact accents, so "đường" shows "đường" rather than "dương"), cut at
 * word boundaries, with "…" where text was cut. Without a hit, the beginning of the text.
 */
export function snippet(text: string, query: QueryToken[], maxLength = 220): HighlightPart[] {
  const source = collapse(text)
  if (!source) return []
  const tokens = tokenize(source)
  const hits = hitTokens(tokens, query)
  const pairs = new Set(query.slice(1).map((q, i) => `${query[i].folded} ${q.folded}`))
  const wantedCount = new Set(query.map((q) => q.folded)).size
  const exactForms = new Set(query.filter((q) => q.accented).map((q) => q.exact))
  // a window's worth: distinct query words in it first, then query phrases (neighbours),
  // then words with the query's exact accents ("đường" rather than "dương")
  let best = -1
  let bestScore = 0
  for (let i = 0; i < tokens.length; i++) {
    if (!hits[i]) continue
    const distinct = new Set<string>()
    const exact = new Set<string>()
    let adjacent = 0
    const end = Math.min(tokens.length, i + WINDOW)
    for (let j = i; j < end; j++) {
      if (!hits[j]) continue
      distinct.add(tokens[j].folded)
      if (exactForms.has(tokens[j].exact)) exact.add(tokens[j].exact)
      if (j + 1 < end && hits[j + 1] && pairs.has(`${tokens[j].folded} ${tokens[j + 1].folded}`)) adjacent++
    }
    const score = distinct.size * 10_000 + adjacent * 100 + exact.size
    if (score > bestScore) {
      best = i
      bestScore = score
      if (distinct.size === wantedCount && adjacent >= pairs.size && exact.size === exactForms.size) break
    }
  }
  let from = 0
  if (best > 0) {
    const startToken = tokens[Math.max(0, best - LEAD_IN)]
    from = startToken.start
    // keep the hit in view when the lead-in alone would fill the snippet
    if (tokens[best].start - from > maxLength / 2) from = tokens[best].start
  }
  let to = Math.min(source.length, from + maxLength)
  if (to < source.length) {
    const cut = tokens.filter((t) => t.end <= to && t.start >= from).pop()
    if (cut) to = cut.end
  }
  const out = parts(source, tokens, hits, from, to)
  if (from > 0) out.unshift({ text: '…', hit: false })
  if (to < source.length) out.push({ text: '…', hit: false })
  // merge the ellipses into their neighbours when those are plain text
  return out.reduce<HighlightPart[]>((merged, part) => {
    const last = merged[merged.length - 1]
    if (last && !last.hit && !part.hit) last.text += part.text
    else merged.push({ ...part })
    return merged
  }, [])
}

/** The plain text of highlight parts. */
export const plainText = (parts: HighlightPart[]) => parts.map((p) => p.text).join('')
