import { APIError, commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import type { Official, Report } from '../../../src/payload-types'
import { relationId } from '../../../src/lib/roles'
import type { StoredPosition } from '../../../src/lib/officials/changeTitles'
import { mergePositions } from '../../../src/lib/officials/mergePositions'

type Lang = 'vi' | 'en'
const say = (lang: Lang, vi: string, en: string) => (lang === 'vi' ? vi : en)

async function load(payload: Payload, keepId: string, removeId: string, lang: Lang) {
  if (keepId === removeId) throw new APIError(say(lang, 'Không thể gộp một hồ sơ với chính nó.', 'A record cannot be merged into itself.'), 400, undefined, true)
  const [keep, remove] = await Promise.all(
    [keepId, removeId].map((id) => payload.findByID({ collection: 'officials', id, depth: 0, overrideAccess: true, disableErrors: true }) as Promise<Official | null>),
  )
  if (!keep || !remove) throw new APIError(say(lang, 'Không tìm thấy hồ sơ cán bộ cần gộp.', 'Official not found.'), 404, undefined, true)
  if (keep.mergedInto || remove.mergedInto) throw new APIError(say(lang, 'Hồ sơ này đã được gộp trước đó.', 'This record was already merged.'), 400, undefined, true)
  // every report whose latest version or live version mentions the record being removed
  const mentioning = async (draft: boolean) =>
    (await payload.find({ collection: 'reports', where: { officials: { in: [removeId] } }, draft, depth: 0, limit: 10_000, overrideAccess: true, pagination: false, select: { title: true } })).docs
  const reports = new Map<string, { id: Report['id']; title: string }>()
  for (const r of [...(await mentioning(true)), ...(await mentioning(false))]) reports.set(String(r.id), { id: r.id, title: r.title })
  return { keep, remove, reports: [...reports.values()] }
}

/** What a merge would do, shown to the editor before anything changes. */
export async function previewMerge(payload: Payload, keepId: string, removeId: string, lang: Lang = 'vi') {
  const { keep, remove, reports } = await load(payload, keepId, removeId, lang)
  return {
    keep: { id: keep.id, fullName: keep.fullName },
    remove: { id: remove.id, fullName: remove.fullName },
    positions: mergePositions((keep.positions ?? []) as StoredPosition[], (remove.positions ?? []) as StoredPosition[]),
    reports,
  }
}

const repoint = (officials: unknown[] | null | undefined, removeId: string, keepId: Official['id']) => {
  const ids = (officials ?? []).map((o) => relationId(o as never))
  return [...new Set(ids.map((id) => (id === removeId ? String(keepId) : id)))].map((id) => (typeof keepId === 'number' ? Number(id) : id))
}

/**
 * Two records of one person become one: positions combined into the kept record, every
 * report's mention re-pointed (its latest version, and its live version where a newer draft
 * waits), and the removed record kept as a redirect (mergedInto) so old links and old
 * versions still resolve. One transaction.
 */
export async function mergeOfficials(payload: Payload, keepId: string, removeId: string, lang: Lang = 'vi') {
  const plan = await previewMerge(payload, keepId, removeId, lang)
  const req = await createLocalReq({}, payload)
  const owns = await initTransaction(req)
  try {
    for (const { id } of plan.reports) {
      const latest = (await payload.findByID({ collection: 'reports', id, draft: true, depth: 0, overrideAccess: true, req })) as Report
      const live = (await payload.findByID({ collection: 'reports', id, depth: 0, overrideAccess: true, req })) as Report
      const pendingDraft = latest.updatedAt !== live.updatedAt
      await payload.update({ collection: 'reports', id, data: { officials: repoint(latest.officials, removeId, plan.keep.id) } as never, draft: pendingDraft, overrideAccess: true, req })
      if (pendingDraft) {
        // The live version must not take the unapproved draft's text, so only its relation
        // is rewritten, through the adapter's generic update (no hooks, no new version).
        await payload.db.updateOne({ collection: 'reports', id, data: { officials: repoint(live.officials, removeId, plan.keep.id) }, req })
      }
    }
    await payload.update({ collection: 'officials', id: plan.keep.id, data: { positions: plan.positions as never }, overrideAccess: true, req })
    await payload.update({ collection: 'officials', id: plan.remove.id, data: { mergedInto: plan.keep.id as never }, overrideAccess: true, req })
    if (owns) await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  return plan
}
