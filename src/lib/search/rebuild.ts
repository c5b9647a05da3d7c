import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type Where } from 'payload'
import { entryHash } from './entries'
import { GENERATION_KEY, SEARCH_ENTRIES, allEntryStubs, bumpGeneration, removeEntry, resetSearchIndex, saveEntry, type SearchEntryRow } from './indexSync'
import { SEARCH_KINDS } from './searchIndex'
import { SOURCE_COLLECTIONS, entryFor, searchedSelect } from './sourceDocuments'

export type RebuildResult = { entries: number; written: number; removed: number; seconds: number }

export type RebuildOptions = {
  fromScratch?: boolean
  log?: (message: string) => void
  /**
   * With `fromScratch`, where nothing else writes the database meanwhile (a restore): every
   * entry is a new row, written straight through payload.db in one transaction per page rather
   * than through the Local API one transaction each (its hooks and checks were most of a
   * restore's rebuild: about 13 ms an entry on the loaded 2-core machine).
   */
  direct?: boolean
}

/** Which documents of each collection can be searchable at all. */
const SEARCHABLE: Record<(typeof SEARCH_KINDS)[number], Where | null> = {
  report: { _status: { equals: 'published' } },
  official: { mergedInto: { exists: false } },
  model: null,
  'legal-document': null,
}

const PAGE = 200

/**
 * Rebuilds the search entries from the searchable collections: writes every missing or
 * changed entry, removes entries of documents no longer searchable, then bumps the
 * generation so every process reloads its index. `fromScratch` deletes all entries first.
 * Runs on either database through the Local API (payload.db with `direct`).
 */
export async function rebuildSearchIndex(payload: Payload, options: RebuildOptions = {}): Promise<RebuildResult> {
  const started = Date.now()
  const log = options.log ?? (() => {})
  const req = await createLocalReq({}, payload)
  const direct = Boolean(options.fromScratch && options.direct)
  if (options.fromScratch) {
    await payload.db.deleteMany({ collection: SEARCH_ENTRIES, where: { key: { exists: true } }, req })
    log('deleted every search entry')
  }
  const existing: Map<string, SearchEntryRow> = options.fromScratch ? new Map() : await allEntryStubs(payload)
  const wanted = new Set<string>()
  const units = new Map()
  let written = 0
  for (const kind of SEARCH_KINDS) {
    let after: string | number | null = null
    let seen = 0
    for (;;) {
      const conditions: Where[] = []
      if (SEARCHABLE[kind]) conditions.push(SEARCHABLE[kind]!)
      if (after !== null) conditions.push({ id: { greater_than: after } })
      const { docs } = (await payload.find({
        collection: SOURCE_COLLECTIONS[kind],
        where: conditions.length ? { and: conditions } : undefined,
        sort: 'id',
        limit: PAGE,
        depth: 0,
        draft: false,
        overrideAccess: true,
        pagination: false,
        select: searchedSelect(kind),
        req,
      } as never)) as unknown as { docs: (Record<string, unknown> & { id: string | number })[] }
      if (direct) {
        await initTransaction(req)
        try {
          const now = new Date().toISOString()
          for (const doc of docs) {
            const entry = await entryFor(payload, kind, doc, req, units)
            if (!entry) continue
            wanted.add(entry.key)
            await payload.db.create({
              collection: SEARCH_ENTRIES,
              data: { ...entry, removed: false, hash: entryHash(entry), createdAt: now, updatedAt: now },
              returning: false,
              req,
            })
            written++
          }
          await commitTransaction(req)
        } catch (error) {
          await killTransaction(req)
          throw error
        }
      } else {
        for (const doc of docs) {
          const entry = await entryFor(payload, kind, doc, req, units)
          if (!entry) continue
          wanted.add(entry.key)
          const stub = existing.get(entry.key)
          if (stub && !stub.removed && stub.hash === entryHash(entry)) continue
          await saveEntry(req, entry, stub ?? null)
          if (stub) log(`${entry.key}: rewritten (was out of step)`)
          written++
        }
      }
      seen += docs.length
      if (docs.length < PAGE) break
      after = docs[docs.length - 1].id
    }
    log(`${SOURCE_COLLECTIONS[kind]}: ${seen} read`)
  }
  let removed = 0
  for (const [key, stub] of existing) {
    if (key === GENERATION_KEY || stub.removed || wanted.has(key)) continue
    await removeEntry(req, key, stub)
    log(`${key}: removed (no longer searchable)`)
    removed++
  }
  await bumpGeneration(req)
  resetSearchIndex(payload)
  return { entries: wanted.size, written, removed, seconds: (Date.now() - started) / 1000 }
}
