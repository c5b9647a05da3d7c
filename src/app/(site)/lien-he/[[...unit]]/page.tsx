import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ContactFacts, FunctionList } from '@/components/site/ContactDetails'
import { formatDateVN } from '@/lib/format/dates'
import { currentFirst } from '@/lib/site/contacts'
import { pageMetadata } from '@/lib/site/metadata'
import { contactsPath } from '@/lib/site/urls'
import { findUnitContact, getUnitDirectory, type UnitDirectoryEntry } from '@/site/contacts'
import { Breadcrumbs } from '@/components/site/Breadcrumbs'

/**
 * "Liên hệ": every board's address, phone, e-mail and functions (NĐ 42/2022/NĐ-CP), and one
 * page per board at /lien-he/BOARD. An optional catch-all like home, so that `next build`
 * (no database) prerenders nothing; each page is cached from its first request until a unit changes.
 */
export const revalidate = 300
export const dynamicParams = true
export async function generateStaticParams() {
  return []
}

type Params = { params: Promise<{ unit?: string[] }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { unit } = await params
  if (!unit?.length) return pageMetadata({ title: 'Liên hệ', description: 'Địa chỉ, điện thoại, thư điện tử và chức năng, nhiệm vụ của Ban Dân vận các cấp.', path: contactsPath })
  const entry = unit.length === 1 ? await findUnitContact(unit[0]) : null
  return pageMetadata(
    entry && { title: `Liên hệ — ${entry.name}`, description: `Địa chỉ, điện thoại, thư điện tử và chức năng, nhiệm vụ của ${entry.name}.`, path: entry.contactUrl },
  )
}

function Ended({ entry }: { entry: UnitDirectoryEntry }) {
  if (!entry.validTo) return null
  return (
    <p className="muted">
      Đã kết thúc hoạt động ngày {formatDateVN(entry.validTo)}
      {entry.successor && (
        <>
          ; đơn vị kế thừa: <a href={entry.successor.contactUrl}>{entry.successor.name}</a>
        </>
      )}
      .
    </p>
  )
}

function UnitContactPage({ entry }: { entry: UnitDirectoryEntry }) {
  return (
    <>
      <Breadcrumbs trail={[{ href: contactsPath, label: 'Liên hệ' }]} />
      <header className="page-header">
        <p className="eyebrow">Liên hệ</p>
        <h1>{entry.name}</h1>
        <Ended entry={entry} />
      </header>
      <ContactFacts contact={entry.contact} lang="vi" />
      {entry.contact.functions.length > 0 && (
        <section aria-labelledby="chuc-nang">
          <h2 id="chuc-nang" className="section-title">
            Chức năng, nhiệm vụ
          </h2>
          <FunctionList contact={entry.contact} lang="vi" />
        </section>
      )}
      <p className="more">
        <a href={entry.url}>Tin bài của {entry.shortName ?? entry.name}</a>
      </p>
    </>
  )
}

function UnitBlock({ entry }: { entry: UnitDirectoryEntry }) {
  return (
    <li className="contact-card">
      <h3>
        <a href={entry.contactUrl}>{entry.name}</a>
      </h3>
      <Ended entry={entry} />
      <ContactFacts contact={entry.contact} lang="vi" />
    </li>
  )
}

export default async function ContactPage({ params }: Params) {
  const { unit } = await params
  if (unit?.length) {
    const entry = unit.length === 1 ? await findUnitContact(unit[0]) : null
    if (!entry) notFound()
    return <UnitContactPage entry={entry} />
  }
  const { current, former } = currentFirst(await getUnitDirectory())
  return (
    <>
      <header className="page-header">
        <h1>Liên hệ</h1>
        <p className="muted">Địa chỉ, điện thoại, thư điện tử và chức năng, nhiệm vụ của từng ban.</p>
      </header>
      <section aria-labelledby="dang-hoat-dong">
        <h2 id="dang-hoat-dong" className="section-title">
          Các ban
        </h2>
        {current.length ? (
          <ul className="contact-list">
            {current.map((e) => (
              <UnitBlock key={String(e.id)} entry={e} />
            ))}
          </ul>
        ) : (
          <p className="empty">Chưa có đơn vị nào.</p>
        )}
      </section>
      {former.length > 0 && (
        <section aria-labelledby="da-ket-thuc">
          <h2 id="da-ket-thuc" className="section-title">
            Đơn vị đã kết thúc hoạt động
          </h2>
          <ul className="contact-list">
            {former.map((e) => (
              <UnitBlock key={String(e.id)} entry={e} />
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
