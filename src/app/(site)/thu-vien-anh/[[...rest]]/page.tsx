import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { DateTime } from '@/components/site/DateTime'
import { Picture } from '@/components/site/Picture'
import { pageMetadata } from '@/lib/site/metadata'
import { galleriesPath } from '@/lib/site/urls'
import { getLatestGalleries } from '@/site/galleries'

/** "Thư viện ảnh": the galleries of the latest published reports, each leading to its album. */
export const revalidate = 300
export const dynamicParams = true
export async function generateStaticParams() {
  return []
}

export const metadata: Metadata = pageMetadata({ title: 'Thư viện ảnh', description: 'Ảnh từ các hội nghị, hoạt động của Ban Dân vận các cấp.', path: galleriesPath })

export default async function GalleriesPage({ params }: { params: Promise<{ rest?: string[] }> }) {
  if ((await params).rest?.length) notFound()
  const galleries = await getLatestGalleries()
  return (
    <>
      <header className="page-header">
        <h1>Thư viện ảnh</h1>
        <p className="muted">Ảnh của các tin bài mới nhất.</p>
      </header>
      {galleries.length ? (
        <ul className="album-list">
          {galleries.map((g, i) => (
            <li key={g.id}>
              <article className="album-card">
                <a href={g.url} className="album-card__image" tabIndex={-1} aria-hidden="true">
                  <Picture picture={g.cover} sizes="(min-width: 960px) 22rem, (min-width: 640px) 50vw, 100vw" eager={i < 2} />
                </a>
                <h2 className="album-card__title">
                  <a href={g.url}>{g.title}</a>
                </h2>
                <p className="card__meta">
                  {g.count} ảnh · <DateTime value={g.publishedAt} approximate={g.dateApproximate} dateOnly /> · <a href={g.unit.url}>{g.unit.name}</a>
                </p>
              </article>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">Chưa có album ảnh nào.</p>
      )}
    </>
  )
}
