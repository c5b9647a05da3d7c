import React from 'react'

/** The officials list's "Có chức danh chưa xác nhận" column: a word an editor reads, not "đúng"/"sai". */
export function UnconfirmedCell({ cellData }: { cellData?: unknown }) {
  return cellData ? <span style={{ display: 'inline-block', padding: '0 0.5rem', borderRadius: 3, background: 'var(--theme-warning-100, #fde9c8)', color: 'var(--theme-warning-800, #5c3a00)' }}>Chưa xác nhận</span> : <span>Đã xác nhận</span>
}
