import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Picture } from '@/components/site/Picture'
import { ReportList } from '@/components/site/ReportList'
import { pageMetadata } from '@/lib/site/metadata'
import { getModelPage } from '@/site/model'

export const revalidate = 300
export const dynamicParams = true
export async function generateStaticParams() {
  return []
}

type Params = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const data = await getModelPage((await params).slug)
  return pageMetadata(data && { title: data.model.name, description: data.model.description, path: data.model.url })
}

export default async function ModelPage({ params }: Params) {
  const data = await getModelPage((await params).slug)
  if (!data) notFound()
  const { model, reports } = data
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">Mô hình &quot;Dân vận khéo&quot; · {model.field}</p>
        <h1>{model.name}</h1>
        <p className="muted">
          {[model.unit?.name, model.locality, model.year ? `công nhận năm ${model.year}` : null].filter(Boolean).join(' · ')}
        </p>
        {model.campaign && (
          <p>
            Thuộc <a href={model.campaign.url}>{model.campaign.name}</a>
          </p>
        )}
      </header>
      {model.description && (
        <section aria-labelledby="mo-ta">
          <h2 id="mo-ta" className="section-title">
            Mô tả
          </h2>
          <p className="prose">{model.description}</p>
        </section>
      )}
      {model.results && (
        <section aria-labelledby="ket-qua">
          <h2 id="ket-qua" className="section-title">
            Kết quả
          </h2>
          <p className="prose">{model.results}</p>
        </section>
      )}
      {model.photos.length > 0 && (
        <section aria-labelledby="anh" className="photo-grid">
          <h2 id="anh" className="section-title">
            Ảnh
          </h2>
          {model.photos.map((p, i) => (
            <figure key={i} className="figure">
              <Picture picture={p} sizes="(min-width: 960px) 20rem, 100vw" />
              {p.caption && <figcaption>{p.caption}</figcaption>}
            </figure>
          ))}
        </section>
      )}
      <section aria-labelledby="tin-bai">
        <h2 id="tin-bai" className="section-title">
          Tin bài về mô hình ({reports.totalDocs})
        </h2>
        <ReportList reports={reports.items} empty="Chưa có tin bài nào." />
      </section>
    </>
  )
}
