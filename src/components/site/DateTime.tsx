import { formatDateVN, formatPublishedVN } from '@/lib/format/dates'

/** A date (and time, where the source gave one) as readers here write it, in Vietnam time, machine-readable too. */
export function DateTime({ value, dateOnly, approximate }: { value: string | null | undefined; dateOnly?: boolean; approximate?: boolean }) {
  if (!value) return null
  return (
    <time dateTime={new Date(value).toISOString()}>
      {dateOnly ? formatDateVN(value) : formatPublishedVN(value, approximate)}
    </time>
  )
}
