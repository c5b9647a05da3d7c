import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodePageBytes, encodeTcvn3, encodeVni, encodeWindows1258, repairLegacyText } from './legacyDecode'
import { looksLegacyEncoded } from './legacyEncoding'

const utf8 = (text: string) => new TextEncoder().encode(text)
const latin = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0)) // one char, one byte
// What a Windows-1252 reader shows for each byte. Spelled out: Node 20's
// TextDecoder('windows-1252') decodes 0x80-0x9F as ISO-8859-1 C1 controls.
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'
const asCp1252 = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_80_9F[b - 0x80] : String.fromCharCode(b))).join('')

// Pairs written out from UniKey's tables (vn-input/ibus-unikey ukengine/data.cpp), not from
// our encoder: ¸ µ ¶ · ¹ are TCVN3 á à ả ã ạ; ù ø û õ ï the VNI tone modifiers.
const TCVN3_PAIRS: Array<[string, string]> = [
  ['Hµ Néi', 'Hà Nội'],
  ['C«ng t¸c d©n vËn', 'Công tác dân vận'],
  ['ma m¸ mµ m¶ m· m¹', 'ma má mà mả mã mạ'],
  ['§¶ng', 'Đảng'],
  ['§oµn kÕt', 'Đoàn kết'],
  ['Tr\u00ADêng häc, n\u00ADíc', 'Trường học, nước'],
  ['c¬ së', 'cơ sở'],
  ['¦u tiªn', 'Ưu tiên'],
  ['Chñ tÞch tØnh', 'Chủ tịch tỉnh'],
  ['¡n ¨n, kû luËt', 'Ăn ăn, kỷ luật'],
]
const VNI_PAIRS: Array<[string, string]> = [
  ['Haø Noäi', 'Hà Nội'],
  ['Coâng taùc daân vaän', 'Công tác dân vận'],
  ['ma maù maø maû maõ maï', 'ma má mà mả mã mạ'],
  ['Ñaûng', 'Đảng'],
  ['Ñoaøn keát', 'Đoàn kết'],
  ['Tröôøng hoïc, nöôùc', 'Trường học, nước'],
  ['cô sôû', 'cơ sở'],
  ['Öu tieân', 'Ưu tiên'],
  ['Chuû tòch tænh', 'Chủ tịch tỉnh'],
  ['só quan, kyõ thuaät, hoïc kyø, Myõ, ñi ñaâu, tuùi, quyù, ñaïi bieåu', 'sĩ quan, kỹ thuật, học kỳ, Mỹ, đi đâu, túi, quý, đại biểu'],
  ['HAØ NOÄI, ÑAÛNG, VIEÄT NAM', 'HÀ NỘI, ĐẢNG, VIỆT NAM'],
  ['chaét, baèng, naúng, muõi, maët, ngaøy ñeâm', 'chắt, bằng, nẳng, mũi, mặt, ngày đêm'],
]

describe('known pairs from the reference tables', () => {
  it.each(TCVN3_PAIRS)('TCVN3 %s → %s, as raw bytes and as mis-decoded UTF-8', (legacy, unicode) => {
    expect(decodePageBytes(latin(legacy))).toEqual({ text: unicode, encoding: 'tcvn3' })
    expect(decodePageBytes(utf8(legacy))).toEqual({ text: unicode, encoding: 'tcvn3' })
    expect(repairLegacyText(legacy)).toEqual({ text: unicode, encoding: 'tcvn3' })
  })

  it.each(VNI_PAIRS)('VNI %s → %s, as raw bytes and as mis-decoded UTF-8', (legacy, unicode) => {
    expect(decodePageBytes(latin(legacy))).toEqual({ text: unicode, encoding: 'vni' })
    expect(decodePageBytes(utf8(legacy))).toEqual({ text: unicode, encoding: 'vni' })
    expect(repairLegacyText(legacy)).toEqual({ text: unicode, encoding: 'vni' })
  })

  it('reads Windows-1258 base letters and combining tone codes', () => {
    // 0xCC grave, 0xEC acute, 0xD2 hook, 0xDE tilde, 0xF2 dot below; 0xD0 Đ, 0xF5 ơ, 0xFD ư, 0xEA ê
    const bytes = latin('Ha\xCC N\xF4\xF2i, \xD0a\xD2ng, tr\xFD\xF5\xCCng, Vi\xEA\xF2t Nam, ma\xEC, ma\xDE')
    expect(decodePageBytes(bytes)).toEqual({ text: 'Hà Nội, Đảng, trường, Việt Nam, má, mã', encoding: 'windows-1258' })
  })

  it('encodes the same pairs back', () => {
    for (const [legacy, unicode] of VNI_PAIRS) expect(encodeVni(unicode)).toEqual(latin(legacy))
    // TCVN3 has no codes for accented capitals: none in these pairs
    for (const [legacy, unicode] of TCVN3_PAIRS) expect(encodeTcvn3(unicode)).toEqual(latin(legacy))
    expect(encodeWindows1258('Việt Nam')).toEqual(latin('Vi\xEA\xF2t Nam'))
  })
})

describe('text that is already right', () => {
  const samples = [
    'Plain English text, nothing to see here.\nSecond line.',
    'Công tác dân vận góp phần thực hiện có hiệu quả các nhiệm vụ chính trị của tỉnh',
    'ĐẨY MẠNH THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ',
    '“Năm Dân vận chính quyền” – ‘khéo’ — «trích dẫn»… Hà\u00A0Nội, 25°C, © 2023',
    'Café crème à la française, Größe, naïve',
  ]

  it.each(samples)('passes %s through untouched', (text) => {
    expect(decodePageBytes(utf8(text))).toEqual({ text, encoding: 'utf-8' })
    expect(repairLegacyText(text)).toEqual({ text, encoding: 'utf-8' })
  })

  it('is not taken for legacy text because of ý, and legacy words that open with a sign are', () => {
    expect(looksLegacyEncoded('Quý vị cho ý kiến về Ý')).toBe(false)
    expect(looksLegacyEncoded('§¶ng')).toBe(true) // TCVN3 Đảng
    expect(looksLegacyEncoded('Öu tieân')).toBe(true) // VNI Ưu tiên
  })

  it('keeps Latin-1 signs that merely sit next to a letter when repairing would make it worse', () => {
    // looksLegacyEncoded fires on "m²" style runs only if glued to a letter; the scorer must keep real Vietnamese
    const text = 'Diện tích 120m², nhiệt độ 25°C, giá 5¢ — Việt Nam'
    expect(repairLegacyText(text).text).toBe(text)
  })
})

// ---------------------------------------------------------------------------------------
// Round trips on real pages

const SEED_DIR = path.resolve(__dirname, '../../../seed/documents')
const seeds = readdirSync(SEED_DIR)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, text: readFileSync(path.join(SEED_DIR, name), 'utf8') }))

// What a legacy encoding can hold: ASCII, the no-break space, cp1252 punctuation and the
// Vietnamese letters. Anything else (in the seeds: one U+FFFD of the source page) is "?".
const VIETNAMESE_LETTER = /^(?:[A-Za-z][\u0300\u0301\u0302\u0303\u0306\u0309\u031B\u0323]*|[đĐ])$/
function holdable(text: string): string {
  return Array.from(text, (c) =>
    /[\t\n\x20-\x7E\u00A0“”‘’…–—•]/.test(c) || VIETNAMESE_LETTER.test(c.normalize('NFD')) ? c : '?',
  ).join('')
}

/**
 * TCVN3 (ABC) has no code for an accented capital such as Ủ or Á, so it comes back lowercase.
 * Every other character, ASCII capitals and Ă Â Ê Ô Ơ Ư Đ included, must come back exactly.
 */
function expectSameUpToTcvn3Capitals(got: string, want: string) {
  const g = Array.from(got)
  const w = Array.from(want)
  expect(g.length).toBe(w.length)
  const wrong = w.flatMap((c, i) => {
    const lowered = !/[A-ZĂÂÊÔƠƯĐ]/.test(c) && g[i] === c.toLowerCase()
    return g[i] === c || lowered ? [] : [`${i}: ${c} → ${g[i]}`]
  })
  expect(wrong).toEqual([])
}

describe.each(seeds)('seed page $name', ({ text }) => {
  const want = holdable(text)

  it('is a real Vietnamese page (the round trips below test something)', () => {
    const chars = Array.from(text)
    expect(chars.filter((c) => c > '\u007F').length).toBeGreaterThan(500)
    expect(Array.from(want).filter((c, i) => c !== chars[i]).length).toBeLessThan(5)
  })

  it('UTF-8 NFC, NFD, with BOM, with CRLF and CR', () => {
    expect(decodePageBytes(utf8(text))).toEqual({ text, encoding: 'utf-8' })
    expect(decodePageBytes(utf8(text.normalize('NFD')))).toEqual({ text, encoding: 'utf-8' })
    expect(decodePageBytes(utf8('\uFEFF' + text))).toEqual({ text, encoding: 'utf-8' })
    expect(decodePageBytes(utf8(text.replace(/\n/g, '\r\n')))).toEqual({ text, encoding: 'utf-8' })
    expect(decodePageBytes(utf8(text.replace(/\n/g, '\r')))).toEqual({ text, encoding: 'utf-8' })
  })

  it('Windows-1258 round trip is exact', () => {
    const bytes = encodeWindows1258(text)
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    expect(decodePageBytes(bytes)).toEqual({ text: want, encoding: 'windows-1258' })
  })

  it('VNI round trip is exact, as bytes and as mis-decoded UTF-8', () => {
    const bytes = encodeVni(text)
    expect(decodePageBytes(bytes)).toEqual({ text: want, encoding: 'vni' })
    expect(decodePageBytes(utf8(asCp1252(bytes)))).toEqual({ text: want, encoding: 'vni' })
  })

  it('TCVN3 round trip holds up to the capitals ABC lacks', () => {
    const bytes = encodeTcvn3(text)
    const raw = decodePageBytes(bytes)
    expect(raw.encoding).toBe('tcvn3')
    expectSameUpToTcvn3Capitals(raw.text, want)
  })

  it('TCVN3 read as cp1252 or Latin-1 and saved as UTF-8 is repaired', () => {
    const bytes = encodeTcvn3(text)
    for (const misread of [asCp1252(bytes), Buffer.from(bytes).toString('latin1')]) {
      const repaired = decodePageBytes(utf8(misread.replace(/\n/g, '\r\n')))
      expect(repaired.encoding).toBe('tcvn3')
      expectSameUpToTcvn3Capitals(repaired.text, want)
    }
  })
})
