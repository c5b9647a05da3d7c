import { convertLexicalToHTML, defaultHTMLConverters, LinkHTMLConverter } from '@payloadcms/richtext-lexical/html'
import { articleDocument, attachmentHeader, escapeHtml } from '@/lib/site/articleDocument'
import { pictureOf, type MediaLike } from '@/lib/site/images'
import { absoluteUrl, reportPath } from '@/lib/site/urls'
import { getReport } from '@/site/report'

/**
 * "Lưu bài" (NĐ 42/2022/NĐ-CP): the published report as one HTML file to keep. It reads the
 * same cached report as the page, so it shows exactly what readers see.
 */
export const dynamic = 'force-dynamic'

type LinkNode = { fields?: { doc?: { relationTo?: string; value?: { slug?: string; unit?: { slug?: string } } | number } } }

function bodyHtml(body: unknown): string {
  if (!body || typeof body !== 'object') return ''
  return convertLexicalToHTML({
    data: body as never,
    disableContainer: true,
    converters: {
      ...defaultHTMLConverters,
      ...LinkHTMLConverter({
        internalDocToHref: ({ linkNode }) => {
          const value = (linkNode as LinkNode).fields?.doc?.value
          return value && typeof value === 'object' && value.slug && value.unit?.slug ? absoluteUrl(reportPath(value.unit, value)) : absoluteUrl('/')
        },
      }),
      upload: ({ node }: { node: unknown }) => {
        const picture = pictureOf((node as { value?: unknown }).value as MediaLike, 'hero')
        if (!picture) return ''
        return `<figure><img src="${escapeHtml(absoluteUrl(picture.src))}" alt="${escapeHtml(picture.alt)}">${picture.caption ? `<figcaption>${escapeHtml(picture.caption)}</figcaption>` : ''}</figure>`
      },
      relationship: () => '',
    } as never,
  })
}

export async function GET(_request: Request, { params }: { params: Promise<{ unit: string; slug: string }> }) {
  const { unit, slug } = await params
  const report = await getReport(unit, slug)
  if (!report) return new Response('Không tìm thấy bài viết.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const photos = [report.featuredImage && { picture: report.featuredImage, caption: report.featuredImage.caption ?? null }, ...report.gallery]
    .filter((p): p is { picture: NonNullable<typeof report.featuredImage>; caption: string | null } => Boolean(p))
    .map(({ picture, caption }) => ({ src: absoluteUrl(picture.src), alt: picture.alt, caption }))
  const html = articleDocument({
    title: report.title,
    url: absoluteUrl(report.url),
    unitName: report.unit.name,
    publishedAt: report.publishedAt,
    byline: report.byline,
    source: report.source,
    lead: report.lead,
    bodyHtml: bodyHtml(report.body),
    photos,
    officials: report.officials.map((o) => o.titled),
    savedAt: new Date(),
  })
  return new Response(html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Disposition': attachmentHeader(`${slug}.html`),
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
    },
  })
}
