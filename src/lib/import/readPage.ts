import { decodePageBytes } from '../text/legacyDecode'
import { decodeEntities, htmlToText, looksLikeHtml } from './htmlToText'
import { parsePage, type ParsedPage } from './parsePage'

/** Bytes of a page, in any encoding old sites used, as text or HTML → the report it holds. */
export function readPage(bytes: Uint8Array, name = ''): ParsedPage {
  const { text } = decodePageBytes(bytes)
  const plain = /\.html?$/i.test(name) || looksLikeHtml(text) ? htmlToText(text) : decodeEntities(text)
  return parsePage(plain.normalize('NFC'))
}
