import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { AdminViewFrame } from './AdminViewFrame'
import { isAdmin, type StaffLike } from '../../lib/roles'
import { ImportForm, type RunView } from './ImportForm'

/** "Nhập trang cũ": admins upload old-site pages (files or a zip) and watch the import job. */
export async function ImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const allowed = isAdmin(req.user as StaffLike)
  const units = allowed ? (await req.payload.find({ collection: 'units', limit: 500, depth: 0, sort: 'name', req })).docs : []
  const runs = allowed ? (await req.payload.find({ collection: 'import-runs', limit: 10, depth: 0, sort: '-createdAt', req, overrideAccess: true, select: { results: false } as never })).docs : []
  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
        {/* the page's main landmark: Payload's template draws only the navigation and header */}
        <main className="import-view" style={{ paddingBottom: '3rem', maxWidth: '60rem' }}>
          <h1>Nhập trang cũ</h1>
          {allowed ? (
            <>
              <p>
                Tải lên các trang của trang web cũ (tệp .txt, .html, hoặc một tệp .zip chứa chúng). Mỗi trang thành một tin bài: tiêu đề, ngày đăng, tác giả,
                chú thích ảnh, cán bộ, phong trào, mô hình và văn bản được nhận ra; phần thừa của trang (menu, quảng cáo, bộ đếm) bị bỏ. Nhập lại cùng tệp sẽ cập
                nhật, không tạo bản trùng.
              </p>
              <ImportForm units={units.map((u) => ({ id: u.id, name: u.name }))} runs={runs as unknown as RunView[]} />
            </>
          ) : (
            <p role="alert">Chỉ quản trị viên được nhập trang cũ.</p>
          )}
        </main>
      </AdminViewFrame>
  )
}
