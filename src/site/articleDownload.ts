/**
 * "Lưu bài" (NĐ 42/2022/NĐ-CP): the published report as one HTML file to keep, opening offline
 * on any machine. It reads the same cached report as the page, so it holds exactly what readers
 * see; its photos (the card size) are read from the photo store and put inside the file.
 */
import { convertLexicalToHTML, defaultHTMLConverters, LinkHTMLConverter } from '@payloadcms/richtext-lexical/html'
import { photoStore } from '../../collections/Media/storage'
import { articleDocument, articleFigure, attachmentHeader } from '../lib/site/articleDocument'
import { dataUri, imageTypeOf, storedFileName } from '../lib/site/dataUri'
import { pictureOf, type MediaLike, type Picture } from '../lib/site/images'
import { absoluteUrl, reportPath } from '../lib/site/urls'
import { getReport, type ReportView } from './report'

type LinkNode = { fields?: { doc?: { relationTo?: string; value?: { slug?: string; unit?: { slug?: string } } | number } } }
type LexicalNode = { type?: string; value?: unknown; children?: LexicalNode[] }
type Converters = Parameters<typeof convertLexicalToHTML>[0]['converters']

/** The photos of the body's upload nodes (those the reader may see came populated). */
function bodyPictures(node: LexicalNode | null | undefined, out: Picture[] = []): Picture[] {
  if (!node || typeof node !== 'object') return out
  if (node.type === 'upload') {
    const picture = pictureOf(node.value as MediaLike, 'card')
    if (picture) out.push(picture)
  }
  for (const child of node.children ?? []) bodyPictures(child, out)
  return out
}

/** A stored photo file as a data: URI; null when it is not a photo of ours or cannot be read. */
async function embedded(url: string): Promise<string | null> {
  const name = storedFileName(url)
  const type = imageTypeOf(url)
  if (!name || !type) return null
  const bytes = await photoStore.get(name).catch(() => null)
  return bytes ? dataUri(type, bytes) : null
}

function bodyHtml(body: ReportView['body'], embeddedBySrc: Map<string, string | null>): string {
  if (!body) return ''
  return convertLexicalToHTML({
    data: body,
    disableContainer: true,
    converters: {
      ...defaultHTMLConverters,
      ...LinkHTMLConverter({
        internalDocToHref: ({ linkNode }) => {
          const value = (linkNode as LinkNode).fields?.doc?.value
          return value && typeof value === 'object' && value.slug && value.unit?.slug ? absoluteUrl(reportPath(value.unit, value)) : absoluteUrl('/')
        },
      }),
      upload: ({ node }: { node: LexicalNode }) => {
        const picture = pictureOf(node.value as MediaLike, 'card')
        if (!picture) return ''
        return articleFigure({ src: embeddedBySrc.get(picture.cardSrc ?? picture.src) ?? null, alt: picture.alt, caption: picture.caption, credit: picture.credit })
      },
      relationship: () => '',
    } as Converters,
  })
}

/** The file "Lưu bài" answers for a published report, or null when there is none at this address. */
export async function articleDownload(unitSlug: string, slug: string, savedAt: Date = new Date()): Promise<{ filename: string; contentDisposition: string; html: string } | null> {
  const report = await getReport(unitSlug, slug)
  if (!report) return null
  const photos = [report.featuredImage && { picture: report.featuredImage, caption: report.featuredImage.caption ?? null }, ...report.gallery].filter(
    (p): p is { picture: Picture; caption: string | null } => Boolean(p),
  )
  const sources = [...new Set([...photos.map((p) => p.picture), ...bodyPictures(report.body?.root as LexicalNode | undefined)].map((p) => p.cardSrc ?? p.src))]
  const embeddedBySrc = new Map(await Promise.all(sources.map(async (src) => [src, await embedded(src)] as const)))
  const html = articleDocument({
    title: report.title,
    url: absoluteUrl(report.url),
    unitName: report.unit.name,
    publishedAt: report.publishedAt,
    byline: report.byline,
    source: report.source,
    lead: report.lead,
    bodyHtml: bodyHtml(report.body, embeddedBySrc),
    photos: photos.map(({ picture, caption }) => ({ src: embeddedBySrc.get(picture.cardSrc ?? picture.src) ?? null, alt: picture.alt, caption, credit: picture.credit })),
    officials: report.officials.map((o) => o.titled),
    savedAt,
  })
  const filename = `${slug}.html`
  return { filename, contentDisposition: attachmentHeader(filename), html }
}
