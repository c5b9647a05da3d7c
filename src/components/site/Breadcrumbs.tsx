import React from 'react'

export type Crumb = { href: string; label: string }

/** "Trang chủ" and the pages above this one, as every inner page of the site shows them. */
export function Breadcrumbs({ trail }: { trail: Array<Crumb | null | undefined | false> }) {
  const crumbs = [{ href: '/', label: 'Trang chủ' }, ...trail.filter((c): c is Crumb => Boolean(c))]
  return (
    <nav className="breadcrumbs" aria-label="Đường dẫn">
      <ol>
        {crumbs.map((c) => (
          <li key={c.href}>
            <a href={c.href}>{c.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
