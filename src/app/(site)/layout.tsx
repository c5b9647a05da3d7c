import type { Metadata } from 'next'
import React from 'react'
import './site.css'

export const metadata: Metadata = {
  title: { default: 'Dân vận', template: '%s — Dân vận' },
  description: 'Tin tức công tác dân vận',
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body>
        <header className="site-header">
          <a href="/" className="site-title">Công tác Dân vận</a>
        </header>
        <main className="site-main">{children}</main>
      </body>
    </html>
  )
}
