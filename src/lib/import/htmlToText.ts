/**
 * An old site's HTML page → plain text lines for parsePage: scripts, styles, navigation,
 * headers, footers, asides and forms dropped whole (they are chrome by construction), block
 * elements become paragraph breaks, entities decoded. No DOM library: pages are flat enough.
 */
const DROP = /<(script|style|noscript|template|nav|header|footer|aside|form|select|button|iframe|svg|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi
const BLOCK = /<\/?(p|div|h[1-6]|li|ul|ol|tr|table|section|article|main|figure|figcaption|blockquote|dd|dt|dl|center|address)\b[^>]*>/gi

const NAMED: Record<string, string> = {
  nbsp: '\u00A0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  hellip: '…', ndash: '–', mdash: '—', laquo: '«', raquo: '»', copy: '©', reg: '®', middot: '·', bull: '•', shy: '',
}
// Latin-1 letters Vietnamese shares, as HTML names them ("&agrave;", "&Ocirc;")
const ACCENTS: Record<string, string> = { grave: '\u0300', acute: '\u0301', circ: '\u0302', tilde: '\u0303' }

function decodeNamed(name: string): string | undefined {
  if (name in NAMED) return NAMED[name]
  const m = /^([aeiouyAEIOUY])(grave|acute|circ|tilde)$/.exec(name)
  return m ? (m[1] + ACCENTS[m[2]]).normalize('NFC') : undefined
}

/** &amp; &#7853; &#x1EA1; &agrave; → characters (unknown names stay as written). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d?);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return decodeNamed(ref) ?? whole
  })
}

export const looksLikeHtml = (text: string): boolean => /<(html|body|p|div|br|span|article)\b[^>]*>/i.test(text)

export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(DROP, ' ')
      // line breaks in HTML source are spaces; only <br> and blocks break lines
      .replace(/\s+/g, ' ')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(BLOCK, '\n\n')
      .replace(/<[^>]+>/g, '')
      .replace(/[ \t\r\f\v]*\n/g, '\n'),
  )
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
