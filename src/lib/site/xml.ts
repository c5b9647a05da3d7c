/**
 * Text for XML documents (feeds, sitemap): the five markup characters escaped and the
 * characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF) dropped,
 * since imported pages sometimes carry them and one would make the whole feed unreadable.
 */
export function xmlText(value: string | null | undefined): string {
  if (!value) return ''
  return value
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}
