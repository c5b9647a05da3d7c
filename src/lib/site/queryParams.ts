/** A page's query string as Next hands it over. */
export type SearchParams = Record<string, string | string[] | undefined>

/** The first value of a query parameter; undefined when it is absent or empty. */
export const firstParam = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value) || undefined

/** A four-digit year parameter ("2024"), else undefined. */
export function yearParam(value: string | string[] | undefined): number | undefined {
  const raw = firstParam(value)
  return raw && /^\d{4}$/.test(raw) ? Number(raw) : undefined
}

/** `base?name=value&…` with the empty and absent values left out; `base` alone when none is left. */
export function withQuery(base: string, params: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') query.set(name, String(value))
  const text = query.toString()
  return text ? `${base}?${text}` : base
}
