import type { Metadata, Viewport } from 'next'
import React from 'react'
import { contactsPath, englishPath, feedPath, galleriesPath, legalDirectoryPath, modelDirectoryPath, searchPath, siteMapPagePath, siteOrigin, unitsAnchorPath } from '@/lib/site/urls'
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/site/brand'
import { getPortalLinks } from '@/site/portalLinks'
import { SiteLogo } from '@/components/site/SiteLogo'
import './site.css'

export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: `${SITE_NAME} — Tin tức, hoạt động của Ban Dân vận các cấp`, template: `%s — ${SITE_NAME}` },
    description: SITE_DESCRIPTION,
    icons: { icon: '/favicon.svg' },
    alternates: { types: { 'application/rss+xml': [{ url: feedPath(), title: `${SITE_NAME} — Tin mới` }] } },
    openGraph: { siteName: SITE_NAME, locale: 'vi_VN' },
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#b3001b' }

/**
 * The public site's frame. It reads nothing per request (no cookies, no headers), so every
 * page under it can be served from the cache; the footer's links to other portals are a cached
 * read whose tag every page carries (saving them invalidates every page).
 */
export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const portals = await getPortalLinks()
  return (
    <html lang="vi">
      <body>
        <a className="skip-link" href="#noi-dung">
          Chuyển đến nội dung chính
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <a href="/" className="site-title">
              <SiteLogo size={36} />
              <span>
                {SITE_NAME}
                <small>Ban Dân vận các cấp</small>
              </span>
            </a>
            <form className="site-search" role="search" aria-label="Tìm kiếm nhanh" action={searchPath()} method="get">
              <label htmlFor="site-search-q" className="visually-hidden">
                Tìm kiếm trên trang
              </label>
              <input id="site-search-q" type="search" name="q" placeholder="Tìm tin bài, cán bộ, mô hình…" autoComplete="off" />
              <button type="submit">Tìm</button>
            </form>
          </div>
          <nav className="site-nav" aria-label="Điều hướng chính">
            <ul>
              <li>
                <a href="/">Trang chủ</a>
              </li>
              <li>
                <a href={unitsAnchorPath}>Đơn vị</a>
              </li>
              <li>
                <a href={modelDirectoryPath}>
                  Mô hình<span className="nav-long"> &quot;Dân vận khéo&quot;</span>
                </a>
              </li>
              <li>
                <a href={legalDirectoryPath}>Văn bản</a>
              </li>
              <li>
                <a href={galleriesPath}>Thư viện ảnh</a>
              </li>
              <li className="nav-search">
                <a href={searchPath()}>Tìm kiếm</a>
              </li>
              <li className="nav-english">
                <a href={englishPath} lang="en" hrefLang="en">
                  English
                </a>
              </li>
            </ul>
          </nav>
        </header>
        <main id="noi-dung" className="site-main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="site-footer__inner">
            <p>
              <strong>{SITE_NAME}</strong> — Hệ thống thông tin của Ban Dân vận Trung ương và Ban Dân vận các tỉnh ủy, thành ủy.
            </p>
            <ul>
              <li>
                <a href={contactsPath}>Liên hệ</a>
              </li>
              <li>
                <a href={siteMapPagePath}>Sơ đồ trang</a>
              </li>
              <li>
                <a href={englishPath} lang="en" hrefLang="en">
                  English
                </a>
              </li>
              <li>
                <a href={feedPath()}>RSS tin mới</a>
              </li>
              <li>
                <a href="/admin">Đăng nhập biên tập</a>
              </li>
            </ul>
            {portals.length > 0 && (
              <nav className="portal-links" aria-labelledby="cong-thong-tin-khac">
                <h2 id="cong-thong-tin-khac">Cổng thông tin khác</h2>
                <ul>
                  {portals.map((p) => (
                    <li key={p.url}>
                      <a href={p.url} rel="noopener">
                        {p.name}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
          </div>
        </footer>
      </body>
    </html>
  )
}
