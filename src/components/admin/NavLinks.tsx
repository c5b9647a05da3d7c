import React from 'react'
import { hasRole, isAdmin, type StaffLike } from '../../lib/roles'

/** Links to the workflow views (and, for admins, the importer), above Payload's collection links. */
export function NavLinks({ user }: { user?: StaffLike | null }) {
  return (
    <div className="danvan-nav-links" style={{ display: 'flex', flexDirection: 'column', gap: '0.5rem', marginBottom: '1rem' }}>
      <a href="/admin">Việc của tôi</a>
      <a href="/admin/lich-bien-tap">Lịch biên tập</a>
      {user && hasRole(user, 'editor', 'approver', 'admin') && <a href="/admin/thong-ke">Thống kê</a>}
      {user && isAdmin(user) && <a href="/admin/nhap-trang-cu">Nhập trang cũ</a>}
      {user && isAdmin(user) && <a href="/admin/sao-luu">Sao lưu</a>}
    </div>
  )
}
