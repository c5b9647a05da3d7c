import type { FieldHook } from 'payload'
import { relationId } from '../../../src/lib/roles'
import { titledName, type Position } from '../../../src/lib/officials/titlesAtDate'
import { unitNamer } from '../../Officials/hooks/unitNamer'

/**
 * Reads each mentioned official as "Đồng chí {name}, {titles on the report's date}". Computed
 * on every read from the positions, so editing an official's later career never changes how
 * an older report reads. Reports without a date use their creation date.
 */
export const titleOfficials: FieldHook = async ({ data, req, siblingData }) => {
  const source = (siblingData ?? data) as { officials?: unknown[]; publishedAt?: string; createdAt?: string } | undefined
  const ids = (source?.officials ?? []).map((o) => relationId(o as never)).filter((id): id is string => Boolean(id))
  if (!ids.length) return []
  const date = source?.publishedAt ?? source?.createdAt ?? new Date().toISOString()
  const { docs } = await req.payload.find({
    collection: 'officials',
    where: { id: { in: ids } },
    limit: ids.length,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { fullName: true, positions: true, mergedInto: true },
    req,
  })
  // a merged duplicate reads as the record it was merged into
  const targets = docs.map((d) => relationId(d.mergedInto as never)).filter((id): id is string => Boolean(id))
  const merged = targets.length
    ? (await req.payload.find({ collection: 'officials', where: { id: { in: targets } }, limit: targets.length, pagination: false, depth: 0, overrideAccess: true, select: { fullName: true, positions: true }, req })).docs
    : []
  const mergedById = new Map(merged.map((d) => [String(d.id), d]))
  const namer = await unitNamer(req)
  const byId = new Map(docs.map((d) => [String(d.id), mergedById.get(relationId(d.mergedInto as never) ?? '') ?? d]))
  return ids
    .map((id) => byId.get(id))
    .filter((o): o is NonNullable<typeof o> => Boolean(o))
    .map((o) => titledName(o.fullName, (o.positions ?? []) as Position[], date, namer))
}
