import type { PayloadRequest } from 'payload'
import { MY_WORK_QUERY, nameRows, referencedIds, type WorkRow, type WorkSection } from '../lib/workflow/myWork'

export type SectionResult = { section: WorkSection; total: number; rows: WorkRow[] }

/**
 * The sections of "Việc của tôi" as the signed-in user may see them: each section's newest
 * reports and its count, then the names of their units and authors in one read each, under the
 * reader's access as Payload's own population would be.
 */
export async function readMyWork(req: PayloadRequest, sections: WorkSection[]): Promise<SectionResult[]> {
  const reader = { overrideAccess: false, user: req.user, req } as const
  const results = await Promise.all(sections.map((section) => req.payload.find({ ...MY_WORK_QUERY, where: section.where, ...reader })))
  const ids = referencedIds(results.flatMap((result) => result.docs))
  const [units, users] = await Promise.all([
    ids.units.length ? req.payload.find({ collection: 'units', where: { id: { in: ids.units } }, select: { name: true }, depth: 0, limit: ids.units.length, pagination: false, ...reader }) : null,
    ids.users.length ? req.payload.find({ collection: 'users', where: { id: { in: ids.users } }, select: { name: true }, depth: 0, limit: ids.users.length, pagination: false, ...reader }) : null,
  ])
  const unitNames = new Map((units?.docs ?? []).map((u) => [String(u.id), u.name]))
  const userNames = new Map((users?.docs ?? []).map((u) => [String(u.id), u.name]))
  return results.map((result, i) => ({ section: sections[i], total: result.totalDocs, rows: nameRows(result.docs, unitNames, userNames) }))
}
