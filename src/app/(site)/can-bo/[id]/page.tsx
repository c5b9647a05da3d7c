import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { DateTime } from '@/components/site/DateTime'
import { Picture } from '@/components/site/Picture'
import { ReportList } from '@/components/site/ReportList'
import { NOT_FOUND_METADATA, pageMetadata } from '@/lib/site/metadata'
import { officialPath } from '@/lib/site/urls'
import { getOfficialPage } from '@/site/official'

/** An official: titles held today, the dated list of positions, and the reports that mention them. */
export const revalidate = 300
export const dynamicParams = true
export async function generateStaticParams() {
  return []
}

type Params = { params: Promise<{ id: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const data = await getOfficialPage((await params).id)
  if (!data || 'redirectTo' in data) return NOT_FOUND_METADATA
  return pageMetadata({ title: data.fullName, description: data.currentTitles.join(', ') || undefined, path: officialPath(data) })
}

export default async function OfficialPage({ params }: Params) {
  const { id } = await params
  if (!/^[\w-]{1,64}$/.test(id)) notFound()
  const data = await getOfficialPage(id)
  if (!data) notFound()
  // a merged duplicate keeps its address and sends readers to the record it went into
  if ('redirectTo' in data) permanentRedirect(data.redirectTo)
  return (
    <>
      <header className="page-header official">
        {data.portrait && <Picture picture={data.portrait} sizes="10rem" className="official__portrait" eager />}
        <div>
          <h1>{data.fullName}</h1>
          {data.currentTitles.length > 0 ? (
            <ul className="titles" aria-label="Chức vụ hiện nay">
              {data.currentTitles.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">Hiện không giữ chức vụ nào được ghi nhận.</p>
          )}
        </div>
      </header>
      <div className="two-columns">
        <section aria-labelledby="tin-bai">
          <h2 id="tin-bai" className="section-title">
            Tin bài nhắc đến đồng chí {data.fullName}
          </h2>
          <ReportList reports={data.reports} empty="Chưa có tin bài nào nhắc đến." />
          {data.totalReports > data.reports.length && <p className="muted">Hiển thị {data.reports.length} trong {data.totalReports} tin bài mới nhất.</p>}
        </section>
        <aside aria-labelledby="qua-trinh">
          <h2 id="qua-trinh" className="section-title">
            Quá trình công tác
          </h2>
          {data.positions.length ? (
            <ol className="positions">
              {data.positions.map((p, i) => (
                <li key={i} className={p.current ? 'positions__current' : undefined}>
                  <strong>{p.title}</strong>
                  {p.organisation && <span>, {p.organisation}</span>}
                  <br />
                  <span className="muted">
                    {p.confirmed ? '' : 'Thấy trong tin bài: '}
                    {p.from ? <DateTime value={p.from} dateOnly /> : 'Chưa rõ'} – {p.to ? <DateTime value={p.to} dateOnly /> : p.current ? 'nay' : 'chưa rõ'}
                  </span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">Chưa có thông tin.</p>
          )}
          {data.notes && <p>{data.notes}</p>}
        </aside>
      </div>
    </>
  )
}
