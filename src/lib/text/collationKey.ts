/**
 * A plain ASCII key whose byte order matches Intl.Collator('vi') for names and titles,
 * so a database sort (SQLite or MongoDB, neither of which knows Vietnamese) lists people
 * in Vietnamese order. ICU compares the letters first (ă, â, đ, ê, ô, ơ, ư are letters of
 * their own), then the tones, then case; the key holds those three levels one after another.
 */
const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz'
const PRIMARY_CODES = 'BCDEFGHIJKLMNOPQRSTUVWXYZabcdefgh' // one code per letter, ascending
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] // ICU order: level, huyền, hỏi, ngã, sắc, nặng
const LETTER_MARKS = new Set(['\u0306', '\u0302', '\u031b']) // breve, circumflex, horn: part of the letter

type Unit = { primary: string; tone: number; upper: boolean }

function analyse(char: string): Unit | null {
  const decomposed = char.normalize('NFD')
  let base = ''
  let tone = 0
  for (const part of decomposed) {
    const toneIndex = TONES.indexOf(part)
    if (toneIndex > 0) tone = toneIndex
    else if (LETTER_MARKS.has(part) || !/\p{M}/u.test(part)) base += part
  }
  base = base.normalize('NFC')
  const lower = base.toLowerCase()
  const upper = base !== lower
  const index = ALPHABET.indexOf(lower)
  if (index >= 0) return { primary: PRIMARY_CODES[index], tone, upper }
  if (/^[0-9]$/.test(lower)) return { primary: lower, tone: 0, upper: false }
  if (/^\s$/.test(lower)) return { primary: '!', tone: 0, upper: false }
  return null // punctuation and other symbols do not take part in the order of names
}

export function collationKey(value: string): string {
  const units = Array.from(value.normalize('NFC').trim().replace(/\s+/g, ' '))
    .map(analyse)
    .filter((unit): unit is Unit => unit !== null)
  const primary = units.map((u) => u.primary).join('')
  const tones = units.map((u) => String(u.tone)).join('')
  const cases = units.map((u) => (u.upper ? '1' : '0')).join('')
  return `${primary} ${tones} ${cases}`
}

/**
 * Vietnamese names are written family name first ("Trần Đức Thắng") but listed by given
 * name, then family name, then middle names.
 */
export function nameSortKey(fullName: string): string {
  const words = fullName.normalize('NFC').trim().split(/\s+/).filter(Boolean)
  if (words.length < 2) return collationKey(words.join(' '))
  const given = words[words.length - 1]
  const [family, ...middle] = words.slice(0, -1)
  return collationKey([given, family, ...middle].join(' '))
}
