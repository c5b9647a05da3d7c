/** Reads the N of /trang/N: a whole number from 2 up; anything else is not a page (404). */
export function parsePageParam(value: string | undefined): number | null {
  if (!value || !/^[1-9]\d{0,4}$/.test(value)) return null
  const page = Number(value)
  return page >= 2 ? page : null
}

/** Reads ?trang=N on search-style pages: 1 when absent or invalid. */
export function pageFromQuery(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value
  return raw && /^[1-9]\d{0,4}$/.test(raw) ? Number(raw) : 1
}

/** The page numbers to show around the current one: 1 … 4 5 [6] 7 8 … 20. */
export function pageWindow(current: number, total: number, around = 2): (number | 'gap')[] {
  if (total <= 1) return []
  const pages = new Set<number>([1, total])
  for (let p = current - around; p <= current + around; p++) if (p >= 1 && p <= total) pages.add(p)
  const sorted = [...pages].sort((a, b) => a - b)
  const out: (number | 'gap')[] = []
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push('gap')
    out.push(p)
  })
  return out
}
