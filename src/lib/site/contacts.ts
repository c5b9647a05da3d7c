/**
 * A board's contact details and functions as the public pages show them (NĐ 42/2022/NĐ-CP asks
 * a state portal for its bodies' addresses, contacts and functions): trimmed, empty values left
 * out, so a page shows nothing for a field nobody filled.
 */
export type UnitContactFields = {
  address?: string | null
  phone?: string | null
  email?: string | null
  functions?: { description?: string | null; descriptionEn?: string | null }[] | null
}

export type UnitContact = {
  address: string | null
  phone: { text: string; href: string } | null
  email: { text: string; href: string } | null
  /** Vietnamese and, where given, English; rows without Vietnamese text are dropped */
  functions: { vi: string; en: string | null }[]
}

const clean = (value: string | null | undefined): string | null => value?.replace(/\s+/g, ' ').trim() || null

/** Digits of a phone number, with spaces, dots, dashes, brackets and a leading +; several numbers may be separated by "/", "," or ";". */
export function isPhoneNumber(value: string): boolean {
  const numbers = value
    .split(/[/,;]/)
    .map((n) => n.trim())
    .filter(Boolean)
  return numbers.length > 0 && numbers.every((n) => /^\+?[\d\s().-]+$/.test(n) && n.replace(/\D/g, '').length >= 6 && n.replace(/\D/g, '').length <= 15)
}

/** A tel: link to the first number: "(0290) 3822062 / 3822065" → "tel:02903822062". */
export function telHref(phone: string): string {
  const first = phone.split(/[/,;]/)[0].trim()
  return `tel:${first.startsWith('+') ? '+' : ''}${first.replace(/\D/g, '')}`
}

/** A board's contact as pages show it; null values are not shown. */
export function unitContact(unit: UnitContactFields): UnitContact {
  const phone = clean(unit.phone)
  const email = clean(unit.email)
  return {
    address: clean(unit.address),
    phone: phone ? { text: phone, href: telHref(phone) } : null,
    email: email ? { text: email, href: `mailto:${email}` } : null,
    functions: (unit.functions ?? []).map((f) => ({ vi: clean(f.description), en: clean(f.descriptionEn) })).filter((f): f is { vi: string; en: string | null } => f.vi !== null),
  }
}

/** Whether a board has anything to contact it by. */
export const hasContact = (contact: UnitContact): boolean => Boolean(contact.address || contact.phone || contact.email)

/** Current boards first (no end date, or one still ahead), then those that ended, newest end first; Vietnamese order within each. */
export function currentFirst<U extends { name: string; validTo?: string | null }>(units: readonly U[], now: Date = new Date()): { current: U[]; former: U[] } {
  const ended = (u: U) => Boolean(u.validTo && new Date(u.validTo).getTime() <= now.getTime())
  const byName = (a: U, b: U) => a.name.localeCompare(b.name, 'vi')
  return {
    current: units.filter((u) => !ended(u)).sort(byName),
    former: units.filter(ended).sort((a, b) => new Date(b.validTo!).getTime() - new Date(a.validTo!).getTime() || byName(a, b)),
  }
}

/** The words of a contact block, on the Vietnamese pages and on /en. */
export const CONTACT_LABELS = {
  vi: { address: 'Địa chỉ', phone: 'Điện thoại', email: 'Thư điện tử', functions: 'Chức năng, nhiệm vụ' },
  en: { address: 'Address', phone: 'Phone', email: 'E-mail', functions: 'Functions' },
} as const
