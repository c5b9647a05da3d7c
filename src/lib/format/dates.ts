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
