import { stripBadCharacters } from '../text/badText'
import { decodePageBytes } from '../text/legacyDecode'
import { decodeEntities, htmlToText, looksLikeHtml } from './htmlToText'
import { parsePage, type ParsedPage } from './parsePage'

/**
 * Bytes of a page, in any encoding old sites used, as text or HTML → the report it holds.
 * Invisible characters old editors left (BOM, zero-width spaces, stray controls) are dropped,
 * as the product refuses them when typed.
 */
export function readPage(bytes: Uint8Array, name = ''): ParsedPage {
  const { text } = decodePageBytes(bytes)
  const plain = /\.html?$/i.test(name) || looksLikeHtml(text) ? htmlToText(text) : decodeEntities(text)
  return parsePage(stripBadCharacters(plain.normalize('NFC')))
}
