import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { DateTime } from '@/components/site/DateTime'
import { ModelList } from '@/components/site/ModelList'
import { ReportList } from '@/components/site/ReportList'
import { pageMetadata } from '@/lib/site/metadata'
import { getCampaignPage } from '@/site/campaign'

/** A campaign (movement, theme year, plan): what it is, its reports and its models. */
export const revalidate = 300
export const dynamicParams = true
export async function generateStaticParams() {
  return []
}

type Params = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const data = await getCampaignPage((await params).slug)
  return pageMetadata(data && { title: data.campaign.name, description: data.campaign.description, path: data.campaign.url })
}

export default async function CampaignPage({ params }: Params) {
  const data = await getCampaignPage((await params).slug)
  if (!data) notFound()
  const { campaign, reports, models } = data
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">{campaign.kind}</p>
        <h1>{campaign.name}</h1>
        <p className="muted">
          {campaign.start && (
            <>
              Từ <DateTime value={campaign.start} dateOnly />
            </>
          )}
          {campaign.end ? (
            <>
              {' '}
              đến <DateTime value={campaign.end} dateOnly />
            </>
          ) : campaign.start ? (
            ' — đang tiếp diễn'
          ) : null}
          {campaign.issuingBody && <> · {campaign.issuingBody}</>}
        </p>
        {campaign.description && <p>{campaign.description}</p>}
        {campaign.legalDocuments.length > 0 && (
          <p>
            Căn cứ:{' '}
            {campaign.legalDocuments.map((d, i) => (
              <span key={d.url}>
                {i > 0 && '; '}
                <a href={d.url}>{d.name}</a>
              </span>
            ))}
          </p>
        )}
      </header>
      <div className="two-columns">
        <section aria-labelledby="tin-bai">
          <h2 id="tin-bai" className="section-title">
            Tin bài ({reports.totalDocs})
          </h2>
          <ReportList reports={reports.items} empty="Chưa có tin bài nào." />
        </section>
        <aside aria-labelledby="mo-hinh">
          <h2 id="mo-hinh" className="section-title">
            Mô hình ({models.length})
          </h2>
          <ModelList models={models} empty="Chưa có mô hình nào." />
        </aside>
      </div>
    </>
  )
}
