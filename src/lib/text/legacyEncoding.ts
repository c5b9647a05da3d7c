/**
 * Text from old sites in TCVN3 (ABC) or VNI shows up as Latin-1 letters and symbols that
 * Vietnamese never uses, glued to ordinary letters: TCVN3 "Hµ Néi" (Hà Nội), VNI "Haø Noäi".
 * Such a run inside a word is the mark of a wrong decoding.
 */
// Ý/ý (U+00DD/U+00FD) are Vietnamese letters, and TCVN3 writes ý as itself: not foreign.
const FOREIGN = '\u00A1-\u00AA\u00AC-\u00AF\u00B4-\u00B8\u00BA\u00BC-\u00BF\u00C4-\u00C7\u00CB\u00CE-\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE\u00DF\u00E4-\u00E7\u00EB\u00EE-\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE\u00FF'
const LETTER = 'A-Za-z\u00C0-\u1EF9'
// « and » are also real quotation marks, so they count only between two letters ("C«ng").
// A sign may also open a word: TCVN3 "§¶ng" (Đảng), VNI "Öu" (Ưu).
const INSIDE_WORD = new RegExp(
  `[${LETTER}][${FOREIGN}]|[${FOREIGN}][${LETTER}]|[${LETTER}][\u00AB\u00BB][${LETTER}]`,
)

export function looksLegacyEncoded(value: string): boolean {
  return INSIDE_WORD.test(value)
}
