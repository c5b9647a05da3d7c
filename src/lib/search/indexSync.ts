import { randomUUID } from 'node:crypto'
import type { Payload, PayloadRequest, Where } from 'payload'
import { entryHash, entryToIndexDoc, type SearchEntryData } from './entries'
import { SearchIndex } from './searchIndex'

/**
 * Keeps the process-local SearchIndex in step with the `search-entries` collection, which is
 * the source of truth (one row per searchable published document, written by the hooks of
 * reports, officials, models and legal documents).
 *
 * - A process loads every row once (`loadAll`): at server start (instrumentation.ts) or on
 *   its first search.
 * - Hooks in this process write the row and update the index at once (`saveEntry`,
 *   `removeEntry`). Removal keeps the row as an emptied tombstone, so other processes see it.
 * - Other processes' writes are caught up from rows whose `updatedAt` is later than the
 *   start of the previous read (less OVERLAP_MS for late commits and clock skew), at most
 *   every CATCH_UP_MS, in the background of a search. Rows written inside a transaction here
 *   are read back at the next catch-up too, in case the transaction was rolled back.
 * - A rebuild bumps a generation row; a process that sees a new generation reloads.
 * Everything goes through the Local API and Payload's query language, so it works alike on
 * SQLite and MongoDB.
 */
export const SEARCH_ENTRIES = 'search-entries' as const
export const GENERATION_KEY = '__generation'
const CATCH_UP_MS = 2_000
const OVERLAP_MS = 10_000
const LOAD_PAGE = 500

/** The row as stored; dates are ISO strings. */
export type SearchEntryRow = SearchEntryData & { id: string | number; removed?: boolean | null; hash?: string | null; updatedAt: string }

type State = {
  index: SearchIndex
  ready: Promise<void>
  generation: string | null
  /** updatedAt (ms) of the row version each key's index entry came from. */
  applied: Map<string, number>
  /** Wall-clock time at which the last full read or catch-up began. */
  syncedAt: number
  lastCheck: number
  checking: Promise<void> | null
  /** Keys written inside a transaction, to read back once it is over. */
  verify: Set<string>
  /** While a (re)load runs: the rows written here meanwhile. */
  written: SearchEntryRow[] | null
}

// One store per process, even when the bundler gives the hooks and the site's pages separate
// copies of this module (so a hook's write reaches the index the pages search).
const STATES = Symbol.for('dan-van-cms.search-index')
const store = globalThis as unknown as { [STATES]?: WeakMap<Payload, State> }
const states: WeakMap<Payload, State> = (store[STATES] ??= new WeakMap())

const INDEX_FIELDS = { key: true, kind: true, title: true, lead: true, text: true, unit: true, category: true, year: true, publishedAt: true, removed: true, updatedAt: true } as const

const rowTime = (row: { updatedAt?: string | null }) => (row.updatedAt ? Date.parse(row.updatedAt) : 0)

function freshState(): State {
  return { index: new SearchIndex(), ready: Promise.resolve(), generation: null, applied: new Map(), syncedAt: 0, lastCheck: Date.now(), checking: null, verify: new Set(), written: null }
}

/** Applies a row to the index unless the index already holds that version or a newer one. */
function applyRow(state: State, row: SearchEntryRow, force = false): void {
  const time = rowTime(row)
  if (row.key === GENERATION_KEY) return
  const seen = state.applied.get(row.key)
  if (seen !== undefined && (force ? time < seen : time <= seen)) return
  state.applied.set(row.key, time)
  if (row.removed) state.index.remove(row.key)
  else state.index.upsert(entryToIndexDoc(row))
}

async function findRows(payload: Payload, where: Where | undefined, options: { sort: string; limit: number; page?: number; select?: boolean }) {
  return payload.find({
    collection: SEARCH_ENTRIES,
    where,
    sort: options.sort,
    limit: options.limit,
    page: options.page,
    depth: 0,
    overrideAccess: true,
    pagination: options.page !== undefined,
    ...(options.select === false ? {} : { select: INDEX_FIELDS }),
  } as never) as unknown as Promise<{ docs: SearchEntryRow[]; hasNextPage?: boolean }>
}

/** Reads every row into a new index. */
async function loadAll(payload: Payload): Promise<Pick<State, 'index' | 'applied' | 'syncedAt' | 'generation'>> {
  const state = freshState()
  state.syncedAt = Date.now()
  let after: string | number | null = null
  for (;;) {
    const { docs } = await findRows(payload, after === null ? undefined : { id: { greater_than: after } }, { sort: 'id', limit: LOAD_PAGE })
    for (const row of docs) {
      if (row.key === GENERATION_KEY) state.generation = row.title
      applyRow(state, row)
    }
    if (docs.length < LOAD_PAGE) break
    after = docs[docs.length - 1].id
  }
  state.index.trimStorage()
  return { index: state.index, applied: state.applied, syncedAt: state.syncedAt, generation: state.generation }
}

function stateFor(payload: Payload): State {
  let state = states.get(payload)
  if (!state) {
    const created = freshState()
    created.ready = reload(payload, created)
    created.ready.catch(() => states.delete(payload))
    states.set(payload, (state = created))
  }
  return state
}

/** Loads a new index and swaps it in; rows written here meanwhile are applied to it after. */
async function reload(payload: Payload, state: State): Promise<void> {
  state.written = []
  try {
    const loaded = await loadAll(payload)
    state.index = loaded.index
    state.applied = loaded.applied
    state.syncedAt = loaded.syncedAt
    state.generation = loaded.generation
    for (const row of state.written) applyRow(state, row, true)
    state.lastCheck = Date.now()
  } finally {
    state.written = null
  }
}

/** The loaded index of this process (loading it on first use), caught up in the background. */
export async function searchIndexFor(payload: Payload): Promise<SearchIndex> {
  const state = stateFor(payload)
  await state.ready
  maybeCatchUp(payload, state)
  return state.index
}

/** Starts loading the index, e.g. at startup, so the first search does not wait. */
export function warmSearchIndex(payload: Payload): Promise<void> {
  return stateFor(payload).ready
}

/** For the health check (src/api/health): whether this process's index is loaded or loading; 'idle' before the first search or after a failed load. */
export function searchIndexStatus(payload: Payload): 'loaded' | 'loading' | 'idle' {
  const state = states.get(payload)
  if (!state) return 'idle'
  return state.written ? 'loading' : 'loaded'
}

/** Forgets this process's index; the next search loads it again. */
export function resetSearchIndex(payload: Payload): void {
  states.delete(payload)
}

function maybeCatchUp(payload: Payload, state: State) {
  if (state.checking || Date.now() - state.lastCheck < CATCH_UP_MS) return
  state.lastCheck = Date.now()
  state.checking = catchUp(payload, state)
    .catch((error) => payload.logger.warn({ err: error }, 'search index catch-up failed'))
    .finally(() => {
      state.checking = null
      state.lastCheck = Date.now()
    })
}

/**
 * Catches up now, if this process has loaded its index: another process's write was heard of
 * (src/invalidation), so its rows are committed and the next search should find them.
 */
export async function catchUpNow(payload: Payload): Promise<void> {
  const state = states.get(payload)
  if (!state) return
  await state.checking
  state.lastCheck = Date.now()
  const checking = catchUp(payload, state)
    .catch((error) => payload.logger.warn({ err: error }, 'search index catch-up failed'))
    .finally(() => {
      if (state.checking === checking) state.checking = null
      state.lastCheck = Date.now()
    })
  state.checking = checking
  await checking
}

/** Applies rows changed by other processes (and re-reads rows written in transactions). */
export async function catchUp(payload: Payload, state: State = stateFor(payload)): Promise<void> {
  await state.ready
  // rows written since the last read began, less a margin for late commits and clock skew
  const startedAt = Date.now()
  const since = new Date(Math.max(0, state.syncedAt - OVERLAP_MS)).toISOString()
  const verify = [...state.verify]
  state.verify.clear()
  let generationChanged = false
  for (let page = 1; ; page++) {
    const result = await findRows(payload, { updatedAt: { greater_than: since } }, { sort: 'updatedAt', limit: 500, page })
    for (const row of result.docs) {
      if (row.key === GENERATION_KEY && row.title !== state.generation) generationChanged = true
      applyRow(state, row)
    }
    if (!result.hasNextPage) break
  }
  if (verify.length) {
    const { docs } = await findRows(payload, { key: { in: verify } }, { sort: 'id', limit: verify.length })
    const found = new Set(docs.map((row) => row.key))
    for (const row of docs) {
      // what is stored wins over what a rolled-back write put in the index
      if (state.applied.get(row.key) !== rowTime(row)) state.applied.delete(row.key)
      applyRow(state, row)
    }
    for (const key of verify) {
      if (!found.has(key)) {
        state.index.remove(key)
        state.applied.delete(key)
      }
    }
  }
  state.syncedAt = startedAt
  if (generationChanged) await reload(payload, state)
}

/** The index entry a hook just wrote, applied here at once (when this process has an index). */
function applyWritten(req: PayloadRequest, row: SearchEntryRow) {
  const state = states.get(req.payload)
  if (!state) return
  applyRow(state, row, true)
  state.written?.push(row)
  if (req.transactionID) state.verify.add(row.key)
}

async function existingRow(payload: Payload, key: string, req?: PayloadRequest): Promise<SearchEntryRow | null> {
  const { docs } = await payload.find({
    collection: SEARCH_ENTRIES,
    where: { key: { equals: key } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { key: true, removed: true, hash: true, updatedAt: true },
  } as never)
  return (docs[0] as unknown as SearchEntryRow | undefined) ?? null
}

/** Writes (or leaves, when unchanged) the entry of a searchable document and updates the index. */
export async function saveEntry(req: PayloadRequest, entry: SearchEntryData, existing?: SearchEntryRow | null): Promise<void> {
  const { payload } = req
  const hash = entryHash(entry)
  const current = existing === undefined ? await existingRow(payload, entry.key, req) : existing
  if (current && !current.removed && current.hash === hash) return
  const data = { ...entry, removed: false, hash }
  const update = (id: string | number) => payload.update({ collection: SEARCH_ENTRIES, id, data: data as never, depth: 0, overrideAccess: true, req })
  let row: unknown
  if (current) row = await update(current.id)
  else {
    try {
      row = await payload.create({ collection: SEARCH_ENTRIES, data: data as never, depth: 0, overrideAccess: true, req })
    } catch (error) {
      // another save of the same document created the row first (the key is unique)
      const raced = await existingRow(payload, entry.key, req)
      if (!raced) throw error
      row = await update(raced.id)
    }
  }
  applyWritten(req, row as SearchEntryRow)
}

/** Takes a document out of search: its row becomes an emptied tombstone, and it leaves the index. */
export async function removeEntry(req: PayloadRequest, key: string, existing?: SearchEntryRow | null): Promise<void> {
  const { payload } = req
  const current = existing === undefined ? await existingRow(payload, key, req) : existing
  if (!current || current.removed) {
    states.get(payload)?.index.remove(key)
    return
  }
  const row = (await payload.update({
    collection: SEARCH_ENTRIES,
    id: current.id,
    data: { removed: true, hash: null, title: '', url: '', lead: '', text: '', unitName: null } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as SearchEntryRow
  applyWritten(req, row)
}

/** Records a new generation: every process reloads its index at its next catch-up. */
export async function bumpGeneration(req: PayloadRequest): Promise<string> {
  const generation = randomUUID()
  const current = await existingRow(req.payload, GENERATION_KEY, req)
  const data = { key: GENERATION_KEY, title: generation, removed: true } as never
  if (current) await req.payload.update({ collection: SEARCH_ENTRIES, id: current.id, data, depth: 0, overrideAccess: true, req })
  else await req.payload.create({ collection: SEARCH_ENTRIES, data, depth: 0, overrideAccess: true, req })
  return generation
}

/** Every row's key, id, hash and tombstone flag (for a rebuild). */
export async function allEntryStubs(payload: Payload): Promise<Map<string, SearchEntryRow>> {
  const out = new Map<string, SearchEntryRow>()
  let after: string | number | null = null
  for (;;) {
    const { docs } = (await payload.find({
      collection: SEARCH_ENTRIES,
      where: after === null ? undefined : { id: { greater_than: after } },
      sort: 'id',
      limit: LOAD_PAGE,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      select: { key: true, removed: true, hash: true, updatedAt: true },
    } as never)) as unknown as { docs: SearchEntryRow[] }
    for (const row of docs) out.set(row.key, row)
    if (docs.length < LOAD_PAGE) break
    after = docs[docs.length - 1].id
  }
  return out
}
