/**
 * Turns the bytes of a page from an old Vietnamese site into clean NFC text.
 *
 * Pages come as UTF-8 (NFC or NFD), Windows-1258, or in one of the two font encodings of
 * the 1990s: TCVN3 (ABC, the .VnTime fonts) and VNI (VNI-Times). The font encodings are
 * ordinary Windows-1252 bytes drawn with a Vietnamese font, so they arrive either as raw
 * bytes or already read as Latin-1 letters inside valid UTF-8 ("Hµ Néi", "Haø Noäi").
 *
 * Tables checked entry by entry against UniKey's converter tables, vn-input/ibus-unikey
 * `ukengine/data.cpp` (SingleByteTables "TCVN3", DoubleByteTables "VNI-WIN",
 * UnicodeTable), and cross-checked with glibc's TCVN5712-1 charmap (0xA1-0xFE) and
 * duydev/vietnamese-conversion `src/charsets.ts` (VNI). Windows-1258 is not tabled here:
 * the WHATWG decoder built into TextDecoder is the reference.
 */
import { looksLegacyEncoded } from './legacyEncoding'

export type SourceEncoding = 'utf-8' | 'windows-1258' | 'tcvn3' | 'vni'

// ---------------------------------------------------------------------------------------
// TCVN3 (ABC): one code per letter. ABC has no codes of its own for accented capitals
// (the .VnTimeH fonts draw capitals at the lowercase codes), except the seven base
// letters Ă Â Ê Ô Ơ Ư Đ at 0xA1-0xA7. Both strings are aligned character by character;
// every code is the byte's Latin-1/cp1252 character (all lie in 0xA1-0xFE).
const TCVN3_LETTERS =
  'ĂÂÊÔƠƯĐăâêôơưđ' +
  'áàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ'
const TCVN3_CODES =
  '¡¢£¤¥¦§¨©ª«¬\u00AD®' +
  '¸µ¶·¹ÊÇÈÉË¾»¼½ÆÐÌÎÏÑÕÒÓÔÖÝ×ØÜÞãßáâäèåæçéíêëìîóïñòôøõö÷ùýúûüþ'

// ---------------------------------------------------------------------------------------
// VNI: a base letter followed by a modifier code, lowercase modifiers after lowercase
// letters and their uppercase Latin-1 partners after capitals ("aù" á, "AÙ" Á). Each
// modifier stands for the combining marks it adds, so decoding is "replace, then NFC".
const VNI_MODIFIER_CODES = 'ùøûõïâáàåãäêéèúüë'
const VNI_MODIFIER_MARKS = [
  '\u0301', '\u0300', '\u0309', '\u0303', '\u0323', // tones: acute grave hook tilde dot
  '\u0302', '\u0302\u0301', '\u0302\u0300', '\u0302\u0309', '\u0302\u0303', '\u0302\u0323', // circumflex (+ tone)
  '\u0306', '\u0306\u0301', '\u0306\u0300', '\u0306\u0309', '\u0306\u0303', '\u0306\u0323', // breve (+ tone)
]
// Letters VNI writes with a single code (uppercase: the Latin-1 capitals of these codes).
const VNI_SINGLE_CODES = 'ñôöíìæóòî'
const VNI_SINGLE_LETTERS = 'đơưíìỉĩịỵ'

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323'

// Raw TCVN3/VNI bytes are read as Windows-1252. Its 0x80-0x9F row is spelled out because
// Node 20's TextDecoder('windows-1252') actually decodes ISO-8859-1 there (checked against
// Python's cp1252 codec; the five unassigned bytes pass through as C1 controls).
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

function decodeCp1252(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_80_9F[b - 0x80] : String.fromCharCode(b))).join('')
}

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i)
const byteIndex = (chars: string) => new Map(Array.from(chars, (char, byte) => [char, byte]))
const CP1252_BYTE = byteIndex(decodeCp1252(ALL_BYTES))
const CP1258_BYTE = byteIndex(new TextDecoder('windows-1258').decode(ALL_BYTES))

function withCapitals(codes: string, letters: string): Map<string, string> {
  const map = new Map<string, string>()
  Array.from(codes).forEach((code, i) => {
    map.set(code, letters[i])
    map.set(code.toUpperCase(), letters[i].toUpperCase())
  })
  return map
}

const TCVN3_DECODE = new Map(Array.from(TCVN3_CODES, (code, i) => [code, TCVN3_LETTERS[i]]))
// Accented capitals missing from ABC are written with their lowercase code.
const TCVN3_ENCODE = new Map(Array.from(TCVN3_LETTERS, (letter, i) => [letter, TCVN3_CODES[i]]))
const VNI_DECODE = withCapitals(VNI_SINGLE_CODES, VNI_SINGLE_LETTERS)
VNI_MODIFIER_MARKS.forEach((marks, i) => {
  VNI_DECODE.set(VNI_MODIFIER_CODES[i], marks)
  VNI_DECODE.set(VNI_MODIFIER_CODES[i].toUpperCase(), marks)
})
const VNI_SINGLE_ENCODE = withCapitals(VNI_SINGLE_LETTERS, VNI_SINGLE_CODES)
const VNI_MODIFIER_ENCODE = new Map(VNI_MODIFIER_MARKS.map((marks, i) => [marks, VNI_MODIFIER_CODES[i]]))

// ---------------------------------------------------------------------------------------
// Decoding

/** Latin-1 text that may hold C1 controls (bytes read as ISO-8859-1) → the cp1252 reading. */
function c1ToCp1252(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80])
}

function fromTcvn3(latin: string): string {
  return Array.from(c1ToCp1252(latin), (c) => TCVN3_DECODE.get(c) ?? c).join('')
}

function fromVni(latin: string): string {
  return Array.from(c1ToCp1252(latin), (c) => VNI_DECODE.get(c) ?? c)
    .join('')
    .normalize('NFC')
}

function tidy(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC')
}

// ---------------------------------------------------------------------------------------
// Plausibility: how Vietnamese a decoding looks. A wrong decoding leaves syllables that
// Vietnamese spelling does not allow, Latin-1 signs inside words, and combining marks
// that NFC could not attach; a right one turns those words into valid syllables.

// Vowel groups that end the syllable (no final consonant), and those that may take one;
// "ch" and "nh" only follow a, ê, i, y.
const OPEN = 'iêu yêu oai oay oao oeo uây uôi ươi ươu uyu uya ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui uơ ưa ưi ưu'
const CLOSED = 'uyê iê yê oa oă oe oo ôô uâ uê uô ươ uy a ă â e ê i o ô ơ u ư y'
const alternatives = (list: string) => list.replace(/ /g, '|')
const SYLLABLE = new RegExp(
  '^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?' +
    `(?:(?:${alternatives(OPEN)})|(?:${alternatives(CLOSED)})(?:ng|[cmnpt])?|(?:${alternatives(CLOSED)})(?<=[aêiy])(?:ch|nh))$`,
)
// A syllable closed by c, ch, p or t carries the acute or the dot below, nothing else.
const STOP_FINAL = /(?:[cpt]|ch)$/
const TONE = new RegExp(`[${TONE_MARKS}]`, 'g')
// Split on spaces, digits and ASCII/typographic punctuation, but not on Latin-1 signs:
// "t¸c" must stay one (bad) word.
const WORD_BREAK = /[\s\d.,;:!?()[\]{}"'“”‘’…–—\-/%&*+=<>|@#_]+/u
const BROKEN = /[\p{M}\u0080-\u009F\uFFFD]/gu

function isSyllable(word: string): boolean {
  const parts = word.toLowerCase().normalize('NFD')
  const tones = parts.match(TONE)?.join('') ?? ''
  if (tones.length > 1) return false
  const bare = parts.replace(TONE, '').normalize('NFC')
  if (STOP_FINAL.test(bare) && tones !== '\u0301' && tones !== '\u0323') return false
  return SYLLABLE.test(bare)
}

/** Higher is more plausibly Vietnamese; only comparisons between decodings matter. */
function vietnameseScore(text: string): number {
  let score = -2 * (text.match(BROKEN)?.length ?? 0)
  for (const word of text.split(WORD_BREAK)) {
    if (!/[^\x00-\x7F]/.test(word)) continue // plain ASCII reads the same in every decoding
    score += isSyllable(word) ? 1 : -1
  }
  return score
}

function best<E extends string>(candidates: Array<{ text: string; encoding: E }>) {
  // First candidate wins ties, so list the least intrusive reading first.
  let winner = candidates[0]
  let top = vietnameseScore(winner.text)
  for (const candidate of candidates.slice(1)) {
    const score = vietnameseScore(candidate.text)
    if (score > top) [winner, top] = [candidate, score]
  }
  return winner
}

/** Text that is valid Unicode but carries TCVN3/VNI mis-decoded runs → fixed NFC text (unchanged if it does not look legacy). */
export function repairLegacyText(text: string): { text: string; encoding: 'utf-8' | 'tcvn3' | 'vni' } {
  const original = text.normalize('NFC')
  if (!looksLegacyEncoded(original)) return { text: original, encoding: 'utf-8' }
  return best<'utf-8' | 'tcvn3' | 'vni'>([
    { text: original, encoding: 'utf-8' },
    { text: fromTcvn3(original), encoding: 'tcvn3' },
    { text: fromVni(original), encoding: 'vni' },
  ])
}

/** Bytes of a page → NFC text with LF line ends (CRLF/CR → LF), BOM removed, plus which encoding was found. */
export function decodePageBytes(bytes: Uint8Array): { text: string; encoding: SourceEncoding } {
  let utf8: string | undefined
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    utf8 = undefined // not UTF-8: one of the single-byte encodings
  }
  if (utf8 !== undefined) return repairLegacyText(tidy(utf8))
  const latin = decodeCp1252(bytes)
  return best<SourceEncoding>([
    { text: tidy(new TextDecoder('windows-1258').decode(bytes)), encoding: 'windows-1258' },
    { text: tidy(fromTcvn3(latin)), encoding: 'tcvn3' },
    { text: tidy(fromVni(latin)), encoding: 'vni' },
  ])
}

// ---------------------------------------------------------------------------------------
// Encoding (fixtures and tests). A character the target cannot hold becomes "?".

const QUESTION = 0x3f

/** Byte of a non-Vietnamese character, unless the legacy encoding uses that byte for a letter. */
function cp1252Byte(char: string, taken: Map<string, string>): number {
  const byte = CP1252_BYTE.get(char)
  return byte === undefined || taken.has(char) ? QUESTION : byte
}

function latinBytes(latin: string): Uint8Array {
  return Uint8Array.from(latin, (c) => c.charCodeAt(0))
}

export function encodeTcvn3(text: string): Uint8Array {
  const bytes: number[] = []
  for (const char of text.normalize('NFC')) {
    const code = TCVN3_ENCODE.get(char) ?? TCVN3_ENCODE.get(char.toLowerCase())
    bytes.push(code ? code.charCodeAt(0) : cp1252Byte(char, TCVN3_DECODE))
  }
  return Uint8Array.from(bytes)
}

/** NFD of one letter with its shape marks (circumflex, breve, horn) before its tone. */
function splitLetter(char: string): { base: string; marks: string } {
  const [base, ...marks] = Array.from(char.normalize('NFD'))
  const isTone = (m: string) => TONE_MARKS.includes(m)
  return { base, marks: [...marks.filter((m) => !isTone(m)), ...marks.filter(isTone)].join('') }
}

export function encodeVni(text: string): Uint8Array {
  let out = ''
  for (const char of text.normalize('NFC')) {
    if (char < '\u0080') {
      out += char
      continue
    }
    const single = VNI_SINGLE_ENCODE.get(char)
    if (single) {
      out += single
      continue
    }
    let { base, marks } = splitLetter(char)
    if (marks.startsWith('\u031B')) {
      // ơ ư are single codes that still take a tone modifier
      base = VNI_SINGLE_ENCODE.get((base + '\u031B').normalize('NFC')) ?? '?'
      marks = marks.slice(1)
    }
    const modifier = VNI_MODIFIER_ENCODE.get(marks)
    if (/^[A-Za-zÔÖôö]$/.test(base) && modifier) {
      out += base + (base === base.toUpperCase() ? modifier.toUpperCase() : modifier)
    } else {
      out += String.fromCharCode(cp1252Byte(char, VNI_DECODE))
    }
  }
  return latinBytes(out)
}

export function encodeWindows1258(text: string): Uint8Array {
  const bytes: number[] = []
  for (const char of text.normalize('NFC')) {
    const direct = CP1258_BYTE.get(char)
    if (direct !== undefined) {
      bytes.push(direct)
      continue
    }
    // cp1258 has Ă Â Ê Ô Ơ Ư but no toned letters beyond Latin-1's: write the longest
    // precomposed head it has, then the remaining marks as its combining codes.
    const { base, marks } = splitLetter(char)
    const parts = Array.from(marks)
    let written = false
    for (let k = parts.length; k >= 0 && !written; k--) {
      const head = CP1258_BYTE.get((base + parts.slice(0, k).join('')).normalize('NFC'))
      const tail = parts.slice(k).map((m) => CP1258_BYTE.get(m))
      if (head !== undefined && tail.every((b) => b !== undefined)) {
        bytes.push(head, ...(tail as number[]))
        written = true
      }
    }
    if (!written) bytes.push(QUESTION)
  }
  return Uint8Array.from(bytes)
}
