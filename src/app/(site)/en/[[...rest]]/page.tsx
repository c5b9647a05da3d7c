import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ContactFacts, FunctionList } from '@/components/site/ContactDetails'
import { formatDateVN } from '@/lib/format/dates'
import { currentFirst } from '@/lib/site/contacts'
import { absoluteUrl, contactsPath, englishPath, siteMapPagePath } from '@/lib/site/urls'
import { getUnitDirectory, type UnitDirectoryEntry } from '@/site/contacts'

/**
 * The English page NĐ 42/2022/NĐ-CP asks of a state portal: what the site is, the boards, their
 * functions, addresses and contacts. The frame around it stays Vietnamese; the page's content is
 * marked English (lang="en"), and Vietnamese names inside it Vietnamese. An optional catch-all
 * like home, so `next build` prerenders nothing (see src/app/(site)/[[...path]]/page.tsx).
 */
export const revalidate = 300
export const dynamicParams = true
export async function generateStaticParams() {
  return []
}

export const metadata: Metadata = {
  title: 'English — Mass mobilisation boards',
  description: 'The mass mobilisation boards of the Communist Party of Viet Nam whose news this portal publishes: their functions, addresses and contacts.',
  alternates: { canonical: absoluteUrl(englishPath), languages: { vi: absoluteUrl('/'), en: absoluteUrl(englishPath) } },
}

function Board({ entry }: { entry: UnitDirectoryEntry }) {
  return (
    <li className="contact-card">
      <h3>{entry.nameEn ?? <span lang="vi">{entry.name}</span>}</h3>
      {entry.nameEn && (
        <p className="muted" lang="vi">
          {entry.name}
        </p>
      )}
      {entry.validTo && (
        <p className="muted">
          Until {formatDateVN(entry.validTo)}
          {entry.successor && (
            <>
              ; succeeded by <span lang={entry.successor.nameEn ? undefined : 'vi'}>{entry.successor.nameEn ?? entry.successor.name}</span>
            </>
          )}
          .
        </p>
      )}
      <FunctionList contact={entry.contact} lang="en" />
      <ContactFacts contact={entry.contact} lang="en" />
      <p>
        <a href={entry.url} hrefLang="vi">
          News of this board <span className="muted">(in Vietnamese)</span>
        </a>
      </p>
    </li>
  )
}

export default async function EnglishPage({ params }: { params: Promise<{ rest?: string[] }> }) {
  if ((await params).rest?.length) notFound()
  const { current, former } = currentFirst(await getUnitDirectory())
  return (
    <div lang="en" className="english">
      <header className="page-header">
        <h1>Mass mobilisation boards</h1>
        <p>
          This portal publishes the news of the Communist Party of Viet Nam&apos;s mass mobilisation boards (<span lang="vi">Ban Dân vận</span>), at the centre and in the
          provinces: conference reports, annual reviews, campaign news, the officials they mention, the legal documents they cite and the local initiatives recognised in the &quot;
          <span lang="vi">Dân vận khéo</span>&quot; (skilful mass mobilisation) emulation movement. Since 2025 the boards have been merged with the propaganda boards (
          <span lang="vi">Ban Tuyên giáo và Dân vận</span>); each report keeps the name of the board it was published under.
        </p>
        <p>
          The reports are in Vietnamese. For each board below you find its functions, address and contacts, and a link to its news. Contact details in Vietnamese:{' '}
          <a href={contactsPath} hrefLang="vi">
            <span lang="vi">Liên hệ</span>
          </a>
          ; every section of the site:{' '}
          <a href={siteMapPagePath} hrefLang="vi">
            <span lang="vi">Sơ đồ trang</span>
          </a>
          .
        </p>
      </header>
      <section aria-labelledby="boards">
        <h2 id="boards" className="section-title">
          The boards
        </h2>
        {current.length ? (
          <ul className="contact-list">
            {current.map((e) => (
              <Board key={String(e.id)} entry={e} />
            ))}
          </ul>
        ) : (
          <p className="empty">No boards yet.</p>
        )}
      </section>
      {former.length > 0 && (
        <section aria-labelledby="former-boards">
          <h2 id="former-boards" className="section-title">
            Former boards
          </h2>
          <ul className="contact-list">
            {former.map((e) => (
              <Board key={String(e.id)} entry={e} />
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
