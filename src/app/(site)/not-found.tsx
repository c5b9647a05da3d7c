import { searchPath } from '@/lib/site/urls'

export default function NotFound() {
  return (
    <section className="not-found">
      <h1>Không tìm thấy trang</h1>
      <p>Trang bạn tìm không tồn tại, đã được gỡ hoặc đã chuyển sang địa chỉ khác.</p>
      <form role="search" aria-label="Tìm lại trên trang" action={searchPath()} method="get" className="inline-search">
        <label htmlFor="not-found-q">Tìm trên trang</label>
        <input id="not-found-q" type="search" name="q" />
        <button type="submit">Tìm</button>
      </form>
      <p>
        <a href="/">Về trang chủ</a>
      </p>
    </section>
  )
}
