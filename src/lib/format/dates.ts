export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh'

const dateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** "28/12/2023 15:07" in Vietnam time, whatever the server's zone. */
export function formatDateTimeVN(value: string | Date): string {
  const parts = Object.fromEntries(dateTime.formatToParts(new Date(value)).map((p) => [p.type, p.value]))
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`
}

/** A datetime-local input value ("2026-11-23T09:30") read as Vietnam time, to ISO. */
export function vnLocalToISO(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null
  const date = new Date(`${value}:00+07:00`)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

const dateOnly = new Intl.DateTimeFormat('en-GB', { timeZone: VIETNAM_TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' })

/** "28/12/2023" in Vietnam time. */
export function formatDateVN(value: string | Date): string {
  const parts = Object.fromEntries(dateOnly.formatToParts(new Date(value)).map((p) => [p.type, p.value]))
  return `${parts.day}/${parts.month}/${parts.year}`
}

/** The calendar year in Vietnam time (a report at 23:30 UTC on 31/12 belongs to the next year). */
export function yearVN(value: string | Date): number {
  return Number(Object.fromEntries(dateOnly.formatToParts(new Date(value)).map((p) => [p.type, p.value])).year)
}

/** RFC 822 date for RSS ("Thu, 28 Dec 2023 08:07:27 GMT"). */
export const rfc822 = (value: string | Date): string => new Date(value).toUTCString()

/**
 * When a report was published, as precisely as its source said: "28/12/2023 15:07"; a
 * page that gave only the day is stored at 00:00 and shows "21/06/2024"; an approximate date
 * (the page named only a year) shows "Năm 2018".
 */
export function formatPublishedVN(value: string | Date, approximate = false): string {
  if (approximate) return `Năm ${yearVN(value)}`
  const full = formatDateTimeVN(value)
  return full.endsWith(' 00:00') && new Date(value).getUTCSeconds() === 0 ? formatDateVN(value) : full
}

/** The Vietnam calendar day of a moment, "2025-07-01": days compare as strings. */
export function dayVN(value: string | Date): string {
  return new Date(new Date(value).getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
}

/** The first and last moment of a Vietnam calendar day ("2025-06-30"), as ISO. */
export const startOfDayVN = (day: string): string => new Date(`${day}T00:00:00.000+07:00`).toISOString()
export const endOfDayVN = (day: string): string => new Date(`${day}T23:59:59.999+07:00`).toISOString()

/** A record's period as Vietnamese documents write it: "01/03/2025 – 30/06/2025", "đến 02/02/2025", "từ 03/02/2025". */
export function periodVN(record: { validFrom?: string | null; validTo?: string | null }): string {
  if (record.validFrom && record.validTo) return `${formatDateVN(record.validFrom)} – ${formatDateVN(record.validTo)}`
  if (record.validTo) return `đến ${formatDateVN(record.validTo)}`
  if (record.validFrom) return `từ ${formatDateVN(record.validFrom)}`
  return ''
}

const VN_OFFSET_MS = 7 * 3_600_000 // Vietnam keeps UTC+7 all year, without summer time

/**
 * A date as the admin's `displayFormat` patterns ask ("dd/MM/yyyy", "dd/MM/yyyy HH:mm"), in
 * Vietnam time whatever the zone of the machine that prints it. Knows the numeric tokens
 * yyyy, yy, MM, M, dd, d, HH, H, mm and ss; anything else is printed as written.
 */
export function formatPatternVN(value: string | Date, pattern: string): string {
  const time = new Date(value).getTime()
  if (Number.isNaN(time)) return ''
  const vn = new Date(time + VN_OFFSET_MS) // its UTC fields read the Vietnam wall clock
  const two = (n: number) => String(n).padStart(2, '0')
  const tokens: Record<string, string> = {
    yyyy: String(vn.getUTCFullYear()),
    yy: two(vn.getUTCFullYear() % 100),
    MM: two(vn.getUTCMonth() + 1),
    M: String(vn.getUTCMonth() + 1),
    dd: two(vn.getUTCDate()),
    d: String(vn.getUTCDate()),
    HH: two(vn.getUTCHours()),
    H: String(vn.getUTCHours()),
    mm: two(vn.getUTCMinutes()),
    ss: two(vn.getUTCSeconds()),
  }
  return pattern.replace(/yyyy|yy|MM|M|dd|d|HH|H|mm|ss/g, (token) => tokens[token])
}

/**
 * For a date picker that can only show the browser's own zone: a browser-local Date whose
 * wall clock reads the Vietnam wall clock of `value` (so any browser shows the Vietnam day).
 */
export function vnWallClockAsLocal(value: string | Date): Date {
  const vn = new Date(new Date(value).getTime() + VN_OFFSET_MS)
  return new Date(vn.getUTCFullYear(), vn.getUTCMonth(), vn.getUTCDate(), vn.getUTCHours(), vn.getUTCMinutes(), vn.getUTCSeconds(), vn.getUTCMilliseconds())
}

/** The other way: the wall clock a browser-local Date shows, read as Vietnam time, to ISO. */
export function localWallClockAsVN(local: Date): string {
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes(), local.getSeconds(), local.getMilliseconds()) - VN_OFFSET_MS).toISOString()
}
