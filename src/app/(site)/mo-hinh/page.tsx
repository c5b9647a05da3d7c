import type { Metadata } from 'next'
import { ModelList } from '@/components/site/ModelList'
import { Pagination } from '@/components/site/Pagination'
import { pageFromQuery } from '@/lib/site/pagination'
import { firstParam, withQuery, yearParam, type SearchParams } from '@/lib/site/queryParams'
import { modelDirectoryPath } from '@/lib/site/urls'
import { formatNumberVN } from '@/lib/format/numbers'
import { getModelDirectory } from '@/site/model'
import { getUnits } from '@/site/reference'

/**
 * The "Dân vận khéo" model directory: filter by field, unit and year, with counts by field.
 * Filters live in the query string, so this page renders per request; its reads are cached.
 */
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Mô hình "Dân vận khéo"', description: 'Danh bạ mô hình "Dân vận khéo" theo lĩnh vực, đơn vị và năm công nhận.' }

type Search = Promise<SearchParams>

export default async function ModelDirectoryPage({ searchParams }: { searchParams: Search }) {
  const query = await searchParams
  const units = await getUnits()
  const unitSlug = firstParam(query['don-vi'])
  const unit = units.find((u) => u.slug === unitSlug)
  const filters = { field: firstParam(query['linh-vuc']), unit: unit ? String(unit.id) : undefined, year: yearParam(query.nam) }
  const page = pageFromQuery(query.trang)
  const data = await getModelDirectory(filters, page)
  if (!data) return null
  const href = (changes: Record<string, string | number | undefined>) => withQuery(modelDirectoryPath, { 'linh-vuc': filters.field, 'don-vi': unit?.slug, nam: filters.year, ...changes })
  return (
    <>
      <header className="page-header">
        <h1>Mô hình &quot;Dân vận khéo&quot;</h1>
        <p className="muted">
          {data.total === data.all ? `${formatNumberVN(data.all)} mô hình` : `${formatNumberVN(data.total)} trong ${formatNumberVN(data.all)} mô hình`}
        </p>
      </header>
      <section aria-labelledby="theo-linh-vuc" className="facets">
        <h2 id="theo-linh-vuc" className="section-title">
          Theo lĩnh vực
        </h2>
        <ul className="facet-list">
          {data.byField.map((f) => (
            <li key={f.value}>
              <a href={href({ 'linh-vuc': filters.field === f.value ? undefined : f.value, trang: undefined })} aria-current={filters.field === f.value ? 'true' : undefined}>
                {f.label} <span className="count">{formatNumberVN(f.count)}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      {/* the counts boards quote ("126 mô hình"), by unit and by year, as "Thống kê" counts them in the admin */}
      <section aria-labelledby="theo-don-vi" className="facets">
        <h2 id="theo-don-vi" className="section-title">
          Theo đơn vị
        </h2>
        <ul className="facet-list">
          {data.byUnit.map((u) => (
            <li key={u.value}>
              <a href={href({ 'don-vi': unit && String(unit.id) === u.value ? undefined : units.find((x) => String(x.id) === u.value)?.slug, trang: undefined })} aria-current={unit && String(unit.id) === u.value ? 'true' : undefined}>
                {u.label} <span className="count">{formatNumberVN(u.count)}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="theo-nam" className="facets">
        <h2 id="theo-nam" className="section-title">
          Theo năm công nhận
        </h2>
        <ul className="facet-list">
          {data.byYear.map((y) => (
            <li key={y.value}>
              <a href={href({ nam: filters.year === y.value ? undefined : y.value, trang: undefined })} aria-current={filters.year === y.value ? 'true' : undefined}>
                Năm {y.value} <span className="count">{formatNumberVN(y.count)}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <form className="filters" action={modelDirectoryPath} method="get">
        <div className="field">
          <label htmlFor="loc-linh-vuc">Lĩnh vực</label>
          <select id="loc-linh-vuc" name="linh-vuc" defaultValue={filters.field ?? ''}>
            <option value="">Tất cả lĩnh vực</option>
            {data.byField.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label} ({f.count})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="loc-don-vi">Đơn vị</label>
          <select id="loc-don-vi" name="don-vi" defaultValue={unit?.slug ?? ''}>
            <option value="">Tất cả đơn vị</option>
            {data.unfilteredUnits.map((u) => (
              <option key={u.value} value={units.find((x) => String(x.id) === u.value)?.slug}>
                {u.label} ({data.byUnit.find((b) => b.value === u.value)?.count ?? 0})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="loc-nam">Năm công nhận</label>
          <select id="loc-nam" name="nam" defaultValue={filters.year ? String(filters.year) : ''}>
            <option value="">Tất cả các năm</option>
            {data.years.map((y) => (
              <option key={y} value={y}>
                {y} ({data.byYear.find((b) => b.value === y)?.count ?? 0})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Lọc
        </button>
        {(filters.field || unit || filters.year) && (
          <a href={modelDirectoryPath} className="button button--plain">
            Bỏ lọc
          </a>
        )}
      </form>
      <section aria-labelledby="danh-sach">
        <h2 id="danh-sach" className="section-title">
          Danh sách mô hình
        </h2>
        <ModelList models={data.list.items} empty="Không có mô hình nào khớp với bộ lọc." />
        <Pagination page={data.list.page} totalPages={data.list.totalPages} hrefFor={(p) => href({ trang: p > 1 ? p : undefined })} />
      </section>
    </>
  )
}
