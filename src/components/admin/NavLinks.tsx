import React from 'react'

/** Links to the workflow views, above Payload's collection links. */
export function NavLinks() {
  return (
    <div className="danvan-nav-links" style={{ display: 'flex', flexDirection: 'column', gap: '0.5rem', marginBottom: '1rem' }}>
      <a href="/admin">Việc của tôi</a>
      <a href="/admin/lich-bien-tap">Lịch biên tập</a>
    </div>
  )
}
