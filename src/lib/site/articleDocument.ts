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
  /** `src` a data: URI (the file must open offline); null when the photo could not be read, which keeps its caption and credit */
  photos: ArticlePhoto[]
  officials: string[]
  savedAt?: Date
}

export type ArticlePhoto = { src: string | null; alt: string; caption?: string | null; credit?: string | null }

export const escapeHtml = (value: string | null | undefined): string =>
  (value ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

/** A photo with its caption and credit ("Ảnh: …"); the image only when it is inside the file. */
export function articleFigure(photo: ArticlePhoto): string {
  const img = photo.src?.startsWith('data:') ? `<img src="${escapeHtml(photo.src)}" alt="${escapeHtml(photo.alt)}">` : ''
  const credit = photo.credit ? `<span class="credit">Ảnh: ${escapeHtml(photo.credit)}</span>` : ''
  const caption = [photo.caption ? escapeHtml(photo.caption) : '', credit].filter(Boolean).join(' ')
  if (!img && !caption) return ''
  return `<figure>${img}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`
}

/**
 * "Lưu bài": the article as one self-contained HTML file a reader can keep and open offline on
 * another machine: its title, date and time, byline, source, lead, body, its photos inside the
 * file (data: URIs of the card size) with captions and credits, where it was published and
 * when it was saved. Nothing in it loads from anywhere.
 */
export function articleDocument(input: ArticleDocumentInput): string {
  const meta = [input.publishedAt ? formatDateTimeVN(input.publishedAt) : null, input.unitName].filter(Boolean).join(' — ')
  const photos = input.photos.map(articleFigure).filter(Boolean).join('\n')
  const officials = input.officials.length ? `<section><h2>Cán bộ được nhắc đến</h2><ul>${input.officials.map((o) => `<li>${escapeHtml(o)}</li>`).join('')}</ul></section>` : ''
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)}</title>
<link rel="canonical" href="${escapeHtml(input.url)}">
<style>body{font-family:system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#1d1d1f}img{max-width:100%;height:auto}figure{margin:1.5rem 0}figcaption{font-style:italic;color:#444;font-size:.95em}.credit{font-style:normal;white-space:nowrap}.meta{color:#555}.lead{font-weight:700}</style>
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
<p class="saved">Lưu từ <a href="${escapeHtml(input.url)}">${escapeHtml(input.url)}</a>${input.savedAt ? ` ngày ${escapeHtml(formatDateTimeVN(input.savedAt))}` : ''}.</p>
</body>
</html>
`
}

/** Content-Disposition for a download: an ASCII fallback name and the UTF-8 one (RFC 6266/5987). */
export function attachmentHeader(filename: string): string {
  const ascii = filename.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`
}
