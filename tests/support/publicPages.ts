/**
 * The public pages of two production servers, read and compared (tests/e2e/serverLifecycle.test.ts:
 * a site and its backup restored elsewhere must serve the same pages and photos).
 */
export type Page = { status: number; body: string }

/** Each path's answer, read one after another as a reader would. */
export async function readPages(base: string, paths: string[]): Promise<Record<string, Page>> {
  const pages: Record<string, Page> = {}
  for (const p of paths) {
    const res = await fetch(`${base}${p}`, { redirect: 'manual' })
    pages[p] = { status: res.status, body: await res.text() }
  }
  return pages
}

/** Each photo file's bytes (null when it is not served). */
export async function readPhotos(base: string, urls: string[]): Promise<Record<string, Buffer | null>> {
  const photos: Record<string, Buffer | null> = {}
  for (const url of urls) {
    const res = await fetch(`${base}${url}`)
    photos[url] = res.ok ? Buffer.from(await res.arrayBuffer()) : null
  }
  return photos
}

/** Ids on one server → on the other, of the documents whose ids public pages carry. */
export type IdMaps = { officials: Map<string, string>; reports: Map<string, string> }

/**
 * Matched by name or title and creation time, which a restore keeps: two officials may share a
 * name, and a renumbering restore numbers a collection backwards (src/lib/backup/ids.ts), so the
 * order of ids is no guide. Anonymous reads, as the pages see them.
 */
export async function renumberedIds(from: string, to: string): Promise<IdMaps> {
  const idsOf = async (base: string, collection: 'officials' | 'reports') => {
    const res = await fetch(`${base}/api/${collection}?limit=100&depth=0`)
    const { docs } = (await res.json()) as { docs: { id: number | string; fullName?: string; title?: string; createdAt: string }[] }
    return new Map(docs.map((d) => [`${d.fullName ?? d.title}|${d.createdAt}`, String(d.id)]))
  }
  const map = async (collection: 'officials' | 'reports') => {
    const [before, after] = [await idsOf(from, collection), await idsOf(to, collection)]
    if (before.size !== after.size) throw new Error(`${collection}: ${before.size} here, ${after.size} there`)
    return new Map([...before].map(([key, id]) => [id, after.get(key) ?? `missing:${key}`]))
  }
  return { officials: await map('officials'), reports: await map('reports') }
}

/**
 * A page as it can be compared with the same page of a restored copy: the HTML readers see.
 * Next's RSC payload (the `self.__next_f` scripts: the page again, as data for hydration, which
 * only the admin and preview still carry) is left out, as Next streams its rows in the order
 * their data arrived, which differs between two renders of the same page. Nothing else is
 * masked for a copy that kept its ids: the same build on the same data serves the same bytes.
 * For a copy whose ids were renumbered, the ids pages carry are carried over to the copy's (an
 * official's page address, a report's view beacon) and the sitemap's entries compared in any
 * order (it lists by id).
 */
export function comparable(html: string, ids: IdMaps | null): string {
  const visible = html.replace(/<script>self\.__next_f\.push\(.*?\)<\/script>/gs, '')
  if (!ids) return visible
  const carried = visible
    .replace(/\/can-bo\/(\d+)/g, (whole, id: string) => `/can-bo/${ids.officials.get(id) ?? id}`)
    .replace(/data-view-id="(\d+)"/g, (whole, id: string) => `data-view-id="${ids.reports.get(id) ?? id}"`)
  const entries = carried.match(/<url>.*?<\/url>/gs)
  return entries ? carried.replace(/<url>.*<\/url>/s, [...entries].sort().join('')) : carried
}

/** The first line where two pages differ, with a little of each; null when they are the same. */
export function firstDifference(expected: string, actual: string): string | null {
  if (expected === actual) return null
  let i = 0
  while (i < expected.length && expected[i] === actual[i]) i++
  return `at ${i}: expected …${expected.slice(Math.max(0, i - 80), i + 120)}… got …${actual.slice(Math.max(0, i - 80), i + 120)}…`
}
