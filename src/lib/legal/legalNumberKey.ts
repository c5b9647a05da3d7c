import { foldVietnamese } from '../text/foldVietnamese'

/**
 * The identity of a legal document's number as written: "25-NQ/TW", "số 04/2015/NĐ-CP",
 * "04/2015/ND-CP" and "4/2015/nđ-cp" are one document. Case, diacritics, spaces, the word
 * "số", dash variants and leading zeros of numeric parts are not significant.
 */
export function legalNumberKey(number: string): string {
  return foldVietnamese(number.normalize('NFC'))
    .replace(/^\s*so\s+/, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, '')
    .split(/([-/])/)
    .map((part) => (/^\d+$/.test(part) ? String(Number(part)) : part))
    .join('')
    .toUpperCase()
}
