import { pageWindow } from '@/lib/site/pagination'

/** Numbered pages; every page has its own URL (cached lists use /trang/N, searches ?trang=N). */
export function Pagination({ page, totalPages, hrefFor }: { page: number; totalPages: number; hrefFor: (page: number) => string }) {
  const pages = pageWindow(page, totalPages)
  if (!pages.length) return null
  return (
    <nav className="pagination" aria-label="Phân trang">
      <ul>
        {page > 1 && (
          <li>
            <a href={hrefFor(page - 1)} rel="prev">
              ‹ Trang trước
            </a>
          </li>
        )}
        {pages.map((p, i) =>
          p === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page">{p}</span>
              ) : (
                <a href={hrefFor(p)} aria-label={`Trang ${p}`}>
                  {p}
                </a>
              )}
            </li>
          ),
        )}
        {page < totalPages && (
          <li>
            <a href={hrefFor(page + 1)} rel="next">
              Trang sau ›
            </a>
          </li>
        )}
      </ul>
    </nav>
  )
}
