import { notFound } from 'next/navigation'
import { feedPath, pagedPath } from '@/lib/site/urls'
import { getCategoryPage, getUnitPage } from '@/site/lists'
import { Pagination } from './Pagination'
import { ReportList } from './ReportList'

/** A unit's page: its reports, newest first, and the names it has gone by. */
export async function UnitPageView({ unitSlug, page }: { unitSlug: string; page: number }) {
  const data = await getUnitPage(unitSlug, page)
  if (!data || (page > 1 && page > data.reports.totalPages)) notFound()
  const { unit, history, reports } = data
  return (
    <>
      <header className="page-header">
        <h1>{unit.name}</h1>
        <p className="muted">
          {reports.totalDocs} tin bài{page > 1 ? ` · trang ${page}/${reports.totalPages}` : ''} · <a href={feedPath(unit)}>RSS của đơn vị</a>
        </p>
      </header>
      <div className="two-columns">
        <section aria-labelledby="tin-bai">
          <h2 id="tin-bai" className="section-title">
            Tin bài
          </h2>
          <ReportList reports={reports.items} showUnit={false} empty="Đơn vị chưa có tin bài nào được xuất bản." />
          <Pagination page={page} totalPages={reports.totalPages} hrefFor={(p) => pagedPath(unit.url, p)} />
        </section>
        <aside aria-labelledby="lich-su">
          <h2 id="lich-su" className="section-title">
            Lịch sử tên gọi
          </h2>
          {history.length > 1 ? (
            <ol className="history">
              {history.map((h) => (
                <li key={h.id} className={h.relation === 'self' ? 'history__self' : undefined}>
                  {h.relation === 'self' || !h.slug ? <strong>{h.name}</strong> : <a href={pagedPath(`/don-vi/${h.slug}`, 1)}>{h.name}</a>}
                  {h.period && <span className="muted"> ({h.period})</span>}
                  {h.relation === 'predecessor' && <span className="muted"> — tiền thân</span>}
                  {h.relation === 'successor' && <span className="muted"> — đơn vị kế thừa</span>}
                </li>
              ))}
            </ol>
          ) : (
            <p>
              {history[0]?.name ?? unit.name}
              {history[0]?.period ? ` (${history[0].period})` : ''}: chưa đổi tên, sáp nhập.
            </p>
          )}
        </aside>
      </div>
    </>
  )
}

export async function CategoryPageView({ slug, page }: { slug: string; page: number }) {
  const data = await getCategoryPage(slug, page)
  if (!data || (page > 1 && page > data.reports.totalPages)) notFound()
  const { category, reports } = data
  return (
    <>
      <header className="page-header">
        <h1>{category.name}</h1>
        <p className="muted">
          {reports.totalDocs} tin bài{page > 1 ? ` · trang ${page}/${reports.totalPages}` : ''}
        </p>
      </header>
      <ReportList reports={reports.items} heading="h2" empty="Chuyên mục chưa có tin bài nào." />
      <Pagination page={page} totalPages={reports.totalPages} hrefFor={(p) => pagedPath(category.url, p)} />
    </>
  )
}
