import { formatDateTimeVN } from '../format/dates'

export type ArticleDocumentInput = {
  title: string
  /** absolute canonical URL */
  url: string
  unitName: string
  publishedAt?: string | null
  byline?: string | null
  source?: string | null
  lead?: string | null
  /** the body already converted to HTML (Lexical's HTML converter escapes text) */
  bodyHtml: string
  photos: { src: string; alt: string; caption?: string | null }[]
  officials: string[]
  savedAt?: Date
}

export const escapeHtml = (value: string | null | undefined): string =>
  (value ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

/**
 * "Lưu bài": the article as one self-contained HTML file a reader can keep, with its title,
 * date and time, byline, source, lead, body, captioned photos (linked to the site, so the
 * file stays small) and where it was published.
 */
export function articleDocument(input: ArticleDocumentInput): string {
  const meta = [input.publishedAt ? formatDateTimeVN(input.publishedAt) : null, input.unitName].filter(Boolean).join(' — ')
  const photos = input.photos
    .map((p) => `<figure><img src="${escapeHtml(p.src)}" alt="${escapeHtml(p.alt)}">${p.caption ? `<figcaption>${escapeHtml(p.caption)}</figcaption>` : ''}</figure>`)
    .join('\n')
  const officials = input.officials.length ? `<section><h2>Cán bộ được nhắc đến</h2><ul>${input.officials.map((o) => `<li>${escapeHtml(o)}</li>`).join('')}</ul></section>` : ''
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)}</title>
<link rel="canonical" href="${escapeHtml(input.url)}">
<style>body{font-family:system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#1d1d1f}img{max-width:100%;height:auto}figcaption{font-style:italic;color:#444;font-size:.95em}.meta{color:#555}.lead{font-weight:700}</style>
</head>
<body>
<article>
<h1>${escapeHtml(input.title)}</h1>
<p class="meta">${escapeHtml(meta)}</p>
${input.lead ? `<p class="lead">${escapeHtml(input.lead)}</p>` : ''}
${input.bodyHtml}
${photos}
${input.byline ? `<p class="byline"><strong>${escapeHtml(input.byline)}</strong></p>` : ''}
${input.source ? `<p class="source">Nguồn: ${escapeHtml(input.source)}</p>` : ''}
${officials}
</article>
<hr>
<p>Bài viết được lưu từ <a href="${escapeHtml(input.url)}">${escapeHtml(input.url)}</a>${input.savedAt ? ` lúc ${escapeHtml(formatDateTimeVN(input.savedAt))}` : ''}.</p>
</body>
</html>
`
}

/** Content-Disposition for a download: an ASCII fallback name and the UTF-8 one (RFC 6266/5987). */
export function attachmentHeader(filename: string): string {
  const ascii = filename.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`
}
