import { formatDateTimeVN, formatDateVN } from '@/lib/format/dates'

/** A date and time as readers here write it (dd/MM/yyyy HH:mm, Vietnam time), machine-readable too. */
export function DateTime({ value, dateOnly, approximate }: { value: string | null | undefined; dateOnly?: boolean; approximate?: boolean }) {
  if (!value) return null
  return (
    <time dateTime={new Date(value).toISOString()}>
      {approximate ? 'Khoảng ' : ''}
      {dateOnly ? formatDateVN(value) : formatDateTimeVN(value)}
    </time>
  )
}
