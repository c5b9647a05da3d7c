import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { DateTime } from '@/components/site/DateTime'
import { Figure } from '@/components/site/Picture'
import { pageMetadata } from '@/lib/site/metadata'
import { albumPath, galleriesPath } from '@/lib/site/urls'
import { getReport } from '@/site/report'
import { Breadcrumbs } from '@/components/site/Breadcrumbs'

/**
 * A report's album: its gallery's photos (the public ones: the report's read is anonymous) with
 * captions and credits, large. Cached like the report page and invalidated with it (its tag).
 */
export const revalidate = 300
export const dynamicParams = true
export async function generateStaticParams() {
  return []
}

type Params = { params: Promise<{ unit: string; slug: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { unit, slug } = await params
  const report = await getReport(unit, slug)
  return pageMetadata(report?.gallery.length ? { title: `Ảnh: ${report.title}`, description: report.lead, path: albumPath(report.unit, { slug }) } : null)
}

export default async function AlbumPage({ params }: Params) {
  const { unit, slug } = await params
  const report = await getReport(unit, slug)
  if (!report?.gallery.length) notFound()
  return (
    <>
      <Breadcrumbs trail={[{ href: galleriesPath, label: 'Thư viện ảnh' }]} />
      <header className="page-header">
        <p className="eyebrow">Album ảnh · {report.gallery.length} ảnh</p>
        <h1>{report.title}</h1>
        <p className="muted">
          <DateTime value={report.publishedAt} approximate={report.dateApproximate} /> · <a href={report.unit.url}>{report.unit.name}</a> · <a href={report.url}>Đọc bài viết</a>
        </p>
      </header>
      <div className="album">
        {report.gallery.map(({ picture, caption }, i) => (
          <Figure key={i} picture={picture} caption={caption} sizes="(min-width: 960px) 56rem, 100vw" eager={i === 0} />
        ))}
      </div>
    </>
  )
}
