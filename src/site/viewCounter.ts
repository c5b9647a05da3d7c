import type { Payload } from 'payload'

/**
 * Views are counted in memory and written every few seconds, one report at a time, straight
 * to the live document (payload.db: no hooks, no new version, no revalidation: the count is
 * not shown on cached pages). A reader's page never waits for it, and a burst of readers of
 * one report costs one write. Only published reports are counted.
 */
const FLUSH_MS = 3000
const pending = new Map<string, number>()
let timer: ReturnType<typeof setTimeout> | null = null
let flushing: Promise<void> | null = null

export function countView(getPayload: () => Promise<Payload>, id: string): void {
  pending.set(id, (pending.get(id) ?? 0) + 1)
  if (pending.size > 10_000) pending.delete(pending.keys().next().value as string) // a flood of made-up ids
  if (!timer) {
    timer = setTimeout(() => {
      timer = null
      flushing = flushViews(getPayload).finally(() => (flushing = null))
    }, FLUSH_MS)
    timer.unref?.()
  }
}

export async function flushViews(getPayload: () => Promise<Payload>): Promise<void> {
  if (flushing) await flushing
  if (!pending.size) return
  const batch = [...pending]
  pending.clear()
  const payload = await getPayload()
  for (const [id, n] of batch) {
    try {
      const live = (await payload.db.findOne({ collection: 'reports', where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] } })) as { id: number | string; viewCount?: number | null } | null
      if (!live) continue
      await payload.db.updateOne({ collection: 'reports', id: live.id, data: { viewCount: (live.viewCount ?? 0) + n } })
    } catch (error) {
      payload.logger.warn({ err: error, id }, 'could not record views')
    }
  }
}

/** Report ids are numbers on SQLite and 24-hex strings on MongoDB. */
export const validReportId = (value: string): boolean => /^(\d{1,12}|[a-f0-9]{24})$/.test(value)
