import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { pageMetadata } from '@/lib/site/metadata'
import type { SiteMapLink } from '@/lib/site/siteMapSections'
import { siteMapPagePath } from '@/lib/site/urls'
import { getSiteMapSections } from '@/site/siteMapPage'

/** "Sơ đồ trang": the site's sections for readers, beside sitemap.xml for search engines. */
export const revalidate = 300
export const dynamicParams = true
export async function generateStaticParams() {
  return []
}

export const metadata: Metadata = pageMetadata({
  title: 'Sơ đồ trang',
  description: 'Các mục, đơn vị, chuyên mục và phong trào của trang tin công tác dân vận.',
  path: siteMapPagePath,
})

function Links({ links }: { links: SiteMapLink[] }) {
  return (
    <ul className="site-map__list">
      {links.map((l) => (
        <li key={l.url}>
          <a href={l.url} lang={l.lang} hrefLang={l.lang}>
            {l.name}
          </a>
          {l.children && <Links links={l.children} />}
        </li>
      ))}
    </ul>
  )
}

export default async function SiteMapPage({ params }: { params: Promise<{ rest?: string[] }> }) {
  if ((await params).rest?.length) notFound()
  const sections = await getSiteMapSections()
  return (
    <>
      <header className="page-header">
        <h1>Sơ đồ trang</h1>
      </header>
      <div className="site-map">
        {sections.map((s) => (
          <section key={s.id} aria-labelledby={`sdt-${s.id}`}>
            <h2 id={`sdt-${s.id}`} className="section-title">
              {s.title}
            </h2>
            <Links links={s.links} />
          </section>
        ))}
      </div>
    </>
  )
}
