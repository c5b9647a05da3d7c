import React from 'react'

/** The login screen's mark: the product's name instead of Payload's. */
export function Logo() {
  return (
    <div style={{ textAlign: 'center', lineHeight: 1.2 }}>
      <div style={{ fontSize: '2rem', fontWeight: 700, color: '#b3001b' }}>Dân vận CMS</div>
      <div style={{ fontSize: '0.95rem', opacity: 0.75 }}>Hệ thống quản lý tin bài công tác dân vận</div>
    </div>
  )
}
