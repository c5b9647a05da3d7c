import type { Metadata } from 'next'
import { DateTime } from '@/components/site/DateTime'
import { Highlight } from '@/components/site/Highlight'
import { Pagination } from '@/components/site/Pagination'
import { pageFromQuery } from '@/lib/site/pagination'
import { firstParam, withQuery, yearParam, type SearchParams } from '@/lib/site/queryParams'
import { searchPath } from '@/lib/site/urls'
import { searchSite, type SearchKind } from '@/lib/search/searchSite'
import { getCategories, getReportYears, getUnits } from '@/site/reference'
import { sitePayload } from '@/site/sitePayload'

/**
 * Search: words with or without diacritics ("dan van kheo"), filtered by unit, category and
 * year, the matched words marked. Rendered per request; the index holds published content only.
 */
export const dynamic = 'force-dynamic'

type Search = Promise<SearchParams>

const KINDS: { value: SearchKind; label: string }[] = [
  { value: 'report', label: 'Tin bài' },
  { value: 'official', label: 'Cán bộ' },
  { value: 'model', label: 'Mô hình' },
  { value: 'legal-document', label: 'Văn bản' },
]
const kindLabel = (kind: string) => KINDS.find((k) => k.value === kind)?.label ?? ''
const PAGE_SIZE = 10

export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  const q = firstParam((await searchParams).q)
  return { title: q ? `Tìm kiếm: ${q}` : 'Tìm kiếm', robots: { index: false, follow: true } }
}

export default async function SearchPage({ searchParams }: { searchParams: Search }) {
  const query = await searchParams
  const q = (firstParam(query.q) ?? '').slice(0, 200).trim()
  const [units, categories, years] = await Promise.all([getUnits(), getCategories(), getReportYears()])
  const unit = units.find((u) => u.slug === firstParam(query['don-vi']))
  const category = categories.find((c) => c.slug === firstParam(query['chuyen-muc']))
  const year = yearParam(query.nam)
  const kind = KINDS.find((k) => k.value === firstParam(query.loai))?.value
  const page = pageFromQuery(query.trang)
  const results = q
    ? await searchSite(await sitePayload(), { q, kinds: kind ? [kind] : undefined, unit: unit?.id, category: category?.id, year, page, limit: PAGE_SIZE })
    : null
  const href = (p: number) => withQuery(searchPath(), { q, loai: kind, 'don-vi': unit?.slug, 'chuyen-muc': category?.slug, nam: year, trang: p > 1 ? p : undefined })
  return (
    <>
      <header className="page-header">
        <h1>Tìm kiếm</h1>
      </header>
      <form className="filters search-form" role="search" aria-label="Tìm kiếm có bộ lọc" action={searchPath()} method="get">
        <div className="field field--grow">
          <label htmlFor="tim-kiem-q">Từ khóa (có dấu hoặc không dấu)</label>
          <input id="tim-kiem-q" type="search" name="q" defaultValue={q} placeholder="Ví dụ: dan van kheo" />
        </div>
        <div className="field">
          <label htmlFor="tim-kiem-loai">Loại</label>
          <select id="tim-kiem-loai" name="loai" defaultValue={kind ?? ''}>
            <option value="">Tất cả</option>
            {KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="tim-kiem-don-vi">Đơn vị</label>
          <select id="tim-kiem-don-vi" name="don-vi" defaultValue={unit?.slug ?? ''}>
            <option value="">Tất cả đơn vị</option>
            {units.map((u) => (
              <option key={String(u.id)} value={u.slug}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="tim-kiem-chuyen-muc">Chuyên mục</label>
          <select id="tim-kiem-chuyen-muc" name="chuyen-muc" defaultValue={category?.slug ?? ''}>
            <option value="">Tất cả chuyên mục</option>
            {categories.map((c) => (
              <option key={c.id} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="tim-kiem-nam">Năm</label>
          <select id="tim-kiem-nam" name="nam" defaultValue={year ? String(year) : ''}>
            <option value="">Mọi năm</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Tìm kiếm
        </button>
      </form>
      {results && (
        <section aria-labelledby="ket-qua" className="search-results">
          <h2 id="ket-qua" className="section-title" aria-live="polite">
            {results.total ? `${results.total} kết quả cho “${q}”` : `Không tìm thấy kết quả nào cho “${q}”`}
          </h2>
          <ol className="hit-list" start={(results.page - 1) * PAGE_SIZE + 1}>
            {results.hits.map((hit) => (
              <li key={`${hit.kind}-${hit.id}`} className="hit">
                <p className="hit__kind">{kindLabel(hit.kind)}</p>
                <h3 className="hit__title">
                  <a href={hit.url}>
                    <Highlight parts={hit.title} />
                  </a>
                </h3>
                {(hit.publishedAt || hit.unitName) && (
                  <p className="muted">
                    <DateTime value={hit.publishedAt} />
                    {hit.publishedAt && hit.unitName && ' · '}
                    {hit.unitName}
                  </p>
                )}
                {hit.excerpt.length > 0 && (
                  <p className="hit__excerpt">
                    <Highlight parts={hit.excerpt} />
                  </p>
                )}
              </li>
            ))}
          </ol>
          <Pagination page={results.page} totalPages={results.totalPages} hrefFor={href} />
        </section>
      )}
    </>
  )
}
