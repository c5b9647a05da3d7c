import type { QueryToken, Token } from './tokenize'

/**
 * How a document ranks for a query. A document's score is the sum, over the query's
 * words, of what it has of each word, plus a bonus for each pair of neighbouring query
 * words that stand side by side in one of its fields:
 *
 * - present  512  the word (accents ignored) is somewhere in it: all words present ranks
 *                 above some, whatever else;
 * - adjacent  24  two neighbouring query words are neighbours in the document (a phrase).
 *                 Vietnamese words are mostly compounds of syllables, so "da nang" is
 *                 first of all the place Đà Nẵng, not "đã" and "năng" apart: a phrase in
 *                 the body ranks above scattered syllables in the title, and above exact
 *                 accents on scattered syllables;
 * - exact      8  an accented query word appears with exactly those accents ("đường" for
 *                 "đường", not "dương"): exact-accent matches rank above folded ones;
 * - title      4  the word is in the title;
 * - lead       2  the word is in the lead (a body-only match gets neither).
 *
 * Each weight exceeds what the ones below it add up to for a word (exact 8 > title 4 +
 * lead 2; a pair's 24 > two words' exact 16), and `present` exceeds everything else
 * together, so the order reads: coverage, phrase, accents, title, lead, body. Equal scores
 * go newest first. The index computes the same sums over bitsets (searchIndex.ts);
 * scoreDocument is the plain version of it.
 */
export const WEIGHTS = { present: 512, adjacent: 24, exact: 8, title: 4, lead: 2 } as const

/** Scores stay below 2^13 for 8 query words at most (8·512 + 7·24 + 8·(8+4+2) = 4376). */
export const SCORE_BITS = 13

export type DocumentTokens = { title: Token[]; lead: Token[]; body: Token[] }

/** The score of one document for a query, computed directly from its words. */
export function scoreDocument(query: QueryToken[], doc: DocumentTokens): number {
  const fields = [doc.title, doc.lead, doc.body]
  const folded = fields.map((tokens) => new Set(tokens.map((t) => t.folded)))
  const exact = new Set(fields.flatMap((tokens) => tokens.map((t) => t.exact)))
  const pairs = new Set(fields.flatMap((tokens) => tokens.slice(1).map((t, i) => `${tokens[i].folded} ${t.folded}`)))
  let score = 0
  for (const word of query) {
    const inTitle = folded[0].has(word.folded)
    const inLead = folded[1].has(word.folded)
    if (!inTitle && !inLead && !folded[2].has(word.folded)) continue
    score += WEIGHTS.present
    if (word.accented && exact.has(word.exact)) score += WEIGHTS.exact
    if (inTitle) score += WEIGHTS.title
    if (inLead) score += WEIGHTS.lead
  }
  for (let i = 1; i < query.length; i++) {
    if (pairs.has(`${query[i - 1].folded} ${query[i].folded}`)) score += WEIGHTS.adjacent
  }
  return score
}

/** How many query words a document must have: all; a query of three or more words that finds nothing may drop one. */
export function requiredMatches(queryLength: number, relaxed: boolean): number {
  return relaxed && queryLength >= 3 ? queryLength - 1 : queryLength
}
