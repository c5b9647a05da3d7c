import { mergeInvalidations, NOTHING, type Invalidation } from './invalidation'

/**
 * Following the invalidation log (the `site-invalidations` collection) from one process: every
 * write records what it made stale, and each process reads the rows written since its last
 * read, less OVERLAP_MS for writes committed late (a row carries the time it was written, not
 * when its transaction ended) and for clocks a little apart. A row read twice in the overlap is
 * applied once; a process's own rows are skipped, since it applied them as it wrote them.
 */
export const SITE_INVALIDATIONS = 'site-invalidations' as const

export const OVERLAP_MS = 10_000

export type LoggedInvalidation = { id: string | number; tags?: unknown; paths?: unknown; origin?: string | null; createdAt: string }

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [])

/** What one row asks to invalidate (the stored lists are JSON: anything else in them is ignored). */
export const invalidationOf = (row: Pick<LoggedInvalidation, 'tags' | 'paths'>): Invalidation => ({ tags: strings(row.tags), paths: strings(row.paths) })

export class InvalidationFollower {
  /** Rows applied, by id, with their time, until they fall out of the overlap. */
  private readonly applied = new Map<string, number>()
  private lastReadAt: number

  /** `startedAt`: nothing is cached before a process starts, so older rows are of no use to it. */
  constructor(
    private readonly origin: string,
    private readonly startedAt: number,
  ) {
    this.lastReadAt = startedAt
  }

  /** The earliest time of a row the next read must see. */
  since(): Date {
    return new Date(Math.max(this.startedAt, this.lastReadAt - OVERLAP_MS))
  }

  /** The rows of a read begun at `readAt`: what they ask that was not applied yet. */
  take(rows: readonly LoggedInvalidation[], readAt: number): Invalidation {
    const fresh: Invalidation[] = []
    for (const row of rows) {
      const id = String(row.id)
      if (this.applied.has(id)) continue
      this.applied.set(id, Date.parse(row.createdAt) || readAt)
      if (row.origin !== this.origin) fresh.push(invalidationOf(row))
    }
    this.lastReadAt = readAt
    const floor = this.since().getTime()
    for (const [id, at] of this.applied) if (at < floor) this.applied.delete(id)
    return fresh.length ? mergeInvalidations(fresh) : NOTHING
  }
}
