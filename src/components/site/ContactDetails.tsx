import { CONTACT_LABELS, type UnitContact } from '@/lib/site/contacts'

/** A board's address, phone and e-mail as a list of facts; nothing for a field left empty. */
export function ContactFacts({ contact, lang }: { contact: UnitContact; lang: 'vi' | 'en' }) {
  const words = CONTACT_LABELS[lang]
  if (!contact.address && !contact.phone && !contact.email) return null
  return (
    <dl className="facts contact">
      {contact.address && (
        <>
          <dt>{words.address}</dt>
          <dd lang={lang === 'en' ? 'vi' : undefined}>{contact.address}</dd>
        </>
      )}
      {contact.phone && (
        <>
          <dt>{words.phone}</dt>
          <dd>
            <a href={contact.phone.href}>{contact.phone.text}</a>
          </dd>
        </>
      )}
      {contact.email && (
        <>
          <dt>{words.email}</dt>
          <dd>
            <a href={contact.email.href}>{contact.email.text}</a>
          </dd>
        </>
      )}
    </dl>
  )
}

/** A board's functions: in English on /en where given, else the Vietnamese marked as such. */
export function FunctionList({ contact, lang }: { contact: UnitContact; lang: 'vi' | 'en' }) {
  if (!contact.functions.length) return null
  return (
    <ul className="functions">
      {contact.functions.map((f, i) =>
        lang === 'en' && f.en ? (
          <li key={i}>{f.en}</li>
        ) : (
          <li key={i} lang={lang === 'en' ? 'vi' : undefined}>
            {f.vi}
          </li>
        ),
      )}
    </ul>
  )
}
