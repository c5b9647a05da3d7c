import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'
import { DateTime } from '@/components/site/DateTime'
import { LivePreviewRefresh } from '@/components/site/LivePreviewRefresh'
import { PrintButton, SiteScript, ViewBeacon } from '@/components/site/ReportActions'
import { Figure, Picture } from '@/components/site/Picture'
import { RichBody } from '@/components/site/RichBody'
import { SITE_NAME } from '@/lib/site/brand'
import { newsArticleJsonLd, serializeJsonLd } from '@/lib/site/jsonLd'
import { NOT_FOUND_METADATA } from '@/lib/site/metadata'
import { absoluteUrl, albumPath, exitPreviewPath, viewBeaconPath } from '@/lib/site/urls'
import { currentStaff } from '@/site/auth'
import { getReport, getReportPreview, type ReportView } from '@/site/report'
import { Breadcrumbs } from '@/components/site/Breadcrumbs'

/**
 * A report. Readers get the published version, rendered once and served from the cache until
 * the report changes (its hooks revalidate this path and its tag). Nothing is prerendered at
 * build time (there is no database then); each page is generated on its first request. With
 * draft mode on (staff, through /xem-truoc) the page renders per request with the newest
 * version the signed-in user may read.
 */
export const revalidate = 300
export const dynamicParams = true
export async function generateStaticParams() {
  return []
}

type Params = { params: Promise<{ unit: string; slug: string }> }

async function load(unit: string, slug: string): Promise<{ report: ReportView | null; preview: boolean }> {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return { report: await getReport(unit, slug), preview: false }
  const staff = await currentStaff()
  return { report: staff ? await getReportPreview(unit, slug, staff) : await getReport(unit, slug), preview: Boolean(staff) }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { unit, slug } = await params
  const { report } = await load(unit, slug)
  if (!report) return NOT_FOUND_METADATA
  const url = absoluteUrl(report.url)
  const image = report.socialImage
    ? [{ url: absoluteUrl(report.socialImage.url), width: report.socialImage.width, height: report.socialImage.height, alt: report.featuredImage?.alt }]
    : undefined
  return {
    title: report.title,
    description: report.lead ?? undefined,
    alternates: { canonical: url },
    authors: report.byline ? [{ name: report.byline }] : undefined,
    openGraph: {
      type: 'article',
      url,
      title: report.title,
      description: report.lead ?? undefined,
      siteName: SITE_NAME,
      locale: 'vi_VN',
      images: image,
      publishedTime: report.publishedAt ?? undefined,
      modifiedTime: report.updatedAt,
      section: report.category?.name,
      authors: report.byline ? [report.byline] : undefined,
    },
    twitter: { card: image ? 'summary_large_image' : 'summary', title: report.title, description: report.lead ?? undefined },
  }
}

export default async function ReportPage({ params }: Params) {
  const { unit, slug } = await params
  const { report, preview } = await load(unit, slug)
  if (!report) notFound()
  const jsonLd = newsArticleJsonLd({
    headline: report.title,
    description: report.lead,
    url: absoluteUrl(report.url),
    datePublished: report.publishedAt,
    dateModified: report.updatedAt,
    byline: report.byline,
    publisher: report.unit.name,
    images: report.socialImage ? [absoluteUrl(report.socialImage.url)] : [],
    section: report.category?.name,
    logo: absoluteUrl('/favicon.svg'),
  })
  return (
    <>
      {preview && (
        <div className="preview-banner" role="status">
          Bạn đang xem trước bản mới nhất{report.status === 'published' ? ' (đã xuất bản)' : ' (chưa xuất bản)'}.{' '}
          <a href={`${exitPreviewPath}?den=${encodeURIComponent(report.url)}`}>Thoát xem trước</a>
          <LivePreviewRefresh />
        </div>
      )}
      <Breadcrumbs trail={[{ href: report.unit.url, label: report.unit.name }, report.category && { href: report.category.url, label: report.category.name }]} />
      <article className="article">
        <header className="article__header">
          <h1>{report.title}</h1>
          <p className="article__meta">
            <DateTime value={report.publishedAt} approximate={report.dateApproximate} />
            {report.publishedAt && ' · '}
            <a href={report.unit.url}>{report.unit.name}</a>
          </p>
          <div className="article-actions">
            <PrintButton />
            {!preview && (
              <a className="button" href={report.downloadUrl} download>
                Lưu bài
              </a>
            )}
          </div>
        </header>
        {report.lead && <p className="article__lead">{report.lead}</p>}
        {report.featuredImage && (
          <figure className="figure figure--featured">
            <Picture picture={report.featuredImage} sizes="(min-width: 960px) 44rem, 100vw" eager />
            {(report.featuredImage.caption || report.featuredImage.credit) && (
              <figcaption>
                {report.featuredImage.caption}
                {report.featuredImage.credit && <span className="credit">Ảnh: {report.featuredImage.credit}</span>}
              </figcaption>
            )}
          </figure>
        )}
        <RichBody data={report.body} />
        {report.gallery.length > 0 && (
          <section className="gallery" aria-label="Ảnh trong bài">
            {report.gallery.map(({ picture, caption }, i) => (
              <Figure key={i} picture={picture} caption={caption} sizes="(min-width: 960px) 44rem, 100vw" />
            ))}
            {!preview && (
              <p className="article-album">
                <a href={albumPath(report.unit, { slug })}>Xem album {report.gallery.length} ảnh</a>
              </p>
            )}
          </section>
        )}
        {report.byline && <p className="article__byline">{report.byline}</p>}
        {report.source && <p className="article__source">Nguồn: {report.source}</p>}
        <footer className="article__related">
          {report.officials.length > 0 && (
            <section aria-labelledby="can-bo">
              <h2 id="can-bo">Cán bộ được nhắc đến</h2>
              <ul>
                {report.officials.map((o) => (
                  <li key={o.id}>
                    <a href={o.url}>{o.titled}</a>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {report.campaigns.length > 0 && (
            <section aria-labelledby="phong-trao">
              <h2 id="phong-trao">Phong trào, cuộc vận động</h2>
              <ul>
                {report.campaigns.map((c) => (
                  <li key={c.id}>
                    <a href={c.url}>{c.name}</a>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {report.models.length > 0 && (
            <section aria-labelledby="mo-hinh">
              <h2 id="mo-hinh">Mô hình &quot;Dân vận khéo&quot;</h2>
              <ul>
                {report.models.map((m) => (
                  <li key={m.id}>
                    <a href={m.url}>{m.name}</a>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {report.legalDocuments.length > 0 && (
            <section aria-labelledby="van-ban">
              <h2 id="van-ban">Văn bản liên quan</h2>
              <ul>
                {report.legalDocuments.map((d) => (
                  <li key={d.id}>
                    <a href={d.url}>{d.name}</a>
                    {d.summary && <span className="muted"> — {d.summary}</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </footer>
      </article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />
      {!preview && <ViewBeacon id={report.id} endpoint={viewBeaconPath} />}
      <SiteScript />
    </>
  )
}
