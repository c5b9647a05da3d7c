import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { DateTime } from '@/components/site/DateTime'
import { ReportList } from '@/components/site/ReportList'
import { pageMetadata } from '@/lib/site/metadata'
import { getLegalDocument } from '@/site/legal'

export const revalidate = 300
export const dynamicParams = true
export async function generateStaticParams() {
  return []
}

type Params = { params: Promise<{ slug: string }> }

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`)

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const data = await getLegalDocument((await params).slug)
  return pageMetadata(data && { title: data.document.title, description: data.document.summary, path: data.document.url })
}

export default async function LegalDocumentPage({ params }: Params) {
  const data = await getLegalDocument((await params).slug)
  if (!data) notFound()
  const { document: d, reports, campaigns } = data
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">
          <a href="/van-ban">Văn bản</a>
        </p>
        <h1>{d.title}</h1>
        {d.summary && <p className="lead">{d.summary}</p>}
      </header>
      <dl className="facts">
        <dt>Số, ký hiệu</dt>
        <dd>{d.number}</dd>
        {d.issuingBody && (
          <>
            <dt>Cơ quan ban hành</dt>
            <dd>{d.issuingBody}</dd>
          </>
        )}
        {d.issuedDate && (
          <>
            <dt>Ngày ban hành</dt>
            <dd>
              <DateTime value={d.issuedDate} dateOnly />
            </dd>
          </>
        )}
        {d.effectiveDate && (
          <>
            <dt>Ngày hiệu lực</dt>
            <dd>
              <DateTime value={d.effectiveDate} dateOnly />
            </dd>
          </>
        )}
        <dt>Tệp văn bản</dt>
        <dd>
          {d.file ? (
            <a href={d.file.url} download={d.file.filename}>
              Tải {d.file.filename} ({size(d.file.filesize)})
            </a>
          ) : (
            'Chưa có tệp đính kèm.'
          )}
        </dd>
      </dl>
      {campaigns.length > 0 && (
        <section aria-labelledby="phong-trao">
          <h2 id="phong-trao" className="section-title">
            Phong trào, cuộc vận động căn cứ văn bản
          </h2>
          <ul>
            {campaigns.map((c) => (
              <li key={c.id}>
                <a href={c.url}>{c.name}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="tin-bai">
        <h2 id="tin-bai" className="section-title">
          Tin bài trích dẫn ({reports.totalDocs})
        </h2>
        <ReportList reports={reports.items} empty="Chưa có tin bài nào trích dẫn văn bản này." />
      </section>
    </>
  )
}
