import { notFound } from 'next/navigation'
import { ReportItem, ReportList } from '@/components/site/ReportList'
import { getHome } from '@/site/home'

/**
 * Home. It sits in an optional catch-all so that `next build` (which has no database)
 * prerenders nothing here: the page is rendered on its first request, then served from the
 * cache until a report is published, unpublished or edited (see src/site/revalidate.ts).
 * Any other address that no route claims lands here too and gets the Vietnamese 404.
 */
export const revalidate = 300
export const dynamicParams = true
export async function generateStaticParams() {
  return []
}

export default async function HomePage({ params }: { params: Promise<{ path?: string[] }> }) {
  const { path } = await params
  if (path?.length) notFound()
  const home = await getHome()
  const [top, ...moreFeatured] = home.featured
  return (
    <>
      <h1 className="visually-hidden">Tin tức công tác dân vận</h1>
      <section className="home-top" aria-labelledby="tin-noi-bat">
        <h2 id="tin-noi-bat" className="section-title">
          Tin nổi bật
        </h2>
        {top ? (
          <div className="home-top__grid">
            <ReportItem report={top} heading="h3" large />
            {moreFeatured.length > 0 && <ReportList reports={moreFeatured} />}
          </div>
        ) : (
          <p className="empty">Chưa có tin bài nào được xuất bản.</p>
        )}
      </section>
      <section aria-labelledby="tin-moi">
        <h2 id="tin-moi" className="section-title">
          Tin mới
        </h2>
        <ReportList reports={home.latest} empty="Chưa có tin mới." />
      </section>
      <section id="don-vi" aria-labelledby="theo-don-vi">
        <h2 id="theo-don-vi" className="section-title">
          Tin theo đơn vị
        </h2>
        {home.units.length === 0 && <p className="empty">Chưa có đơn vị nào có tin bài.</p>}
        <div className="unit-sections">
          {home.units.map(({ unit, reports, total }) => (
            <section key={String(unit.id)} className="unit-section" aria-labelledby={`don-vi-${unit.slug}`}>
              <h3 id={`don-vi-${unit.slug}`}>
                <a href={unit.url}>{unit.name}</a>
              </h3>
              <ReportList reports={reports} showUnit={false} heading="h4" />
              <p className="more">
                <a href={unit.url}>
                  Xem tất cả {total} tin của {unit.shortName ?? unit.name}
                </a>
              </p>
            </section>
          ))}
        </div>
      </section>
    </>
  )
}
