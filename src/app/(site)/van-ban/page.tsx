import type { Metadata } from 'next'
import { DateTime } from '@/components/site/DateTime'
import { Pagination } from '@/components/site/Pagination'
import { pageFromQuery } from '@/lib/site/pagination'
import { firstParam, withQuery, type SearchParams } from '@/lib/site/queryParams'
import { legalDirectoryPath } from '@/lib/site/urls'
import { getLegalList } from '@/site/legal'

/** Legal documents: the list, searchable by number ("04/2015/NĐ-CP", "25-nq/tw") or by words. */
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Văn bản', description: 'Nghị quyết, kết luận, chỉ thị, nghị định, quyết định về công tác dân vận.' }

type Search = Promise<SearchParams>

export default async function LegalListPage({ searchParams }: { searchParams: Search }) {
  const query = await searchParams
  const q = (firstParam(query.q) ?? '').slice(0, 200)
  const type = firstParam(query.loai)
  const page = pageFromQuery(query.trang)
  const data = await getLegalList(q, type, page)
  const href = (p: number) => withQuery(legalDirectoryPath, { q, loai: type, trang: p > 1 ? p : undefined })
  return (
    <>
      <header className="page-header">
        <h1>Văn bản</h1>
        <p className="muted">{q || type ? `${data.totalDocs} văn bản khớp` : `${data.totalDocs} văn bản`}</p>
      </header>
      <form className="filters" role="search" aria-label="Tìm văn bản" action={legalDirectoryPath} method="get">
        <div className="field field--grow">
          <label htmlFor="van-ban-q">Số, ký hiệu hoặc từ khóa</label>
          <input id="van-ban-q" type="search" name="q" defaultValue={q} placeholder="Ví dụ: 04/2015/NĐ-CP, dân chủ ở cơ sở" />
        </div>
        <div className="field">
          <label htmlFor="van-ban-loai">Loại văn bản</label>
          <select id="van-ban-loai" name="loai" defaultValue={type ?? ''}>
            <option value="">Tất cả</option>
            {data.types.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Tìm
        </button>
      </form>
      {data.items.length ? (
        <ul className="doc-list">
          {data.items.map((d) => (
            <li key={d.id}>
              <h2 className="doc-list__title">
                <a href={d.url}>{d.title}</a>
              </h2>
              <p className="muted">
                {d.issuingBody}
                {d.issuingBody && d.issuedDate && ' · '}
                {d.issuedDate && (
                  <>
                    ngày <DateTime value={d.issuedDate} dateOnly />
                  </>
                )}
              </p>
              {d.summary && <p>{d.summary}</p>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">Không tìm thấy văn bản nào.</p>
      )}
      <Pagination page={data.page} totalPages={data.totalPages} hrefFor={href} />
    </>
  )
}
