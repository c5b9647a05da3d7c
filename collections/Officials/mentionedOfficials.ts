import type { PayloadRequest } from 'payload'
import type { Official } from '../../src/payload-types'
import { relationId } from '../../src/lib/roles'

export type MentionedOfficial = Pick<Official, 'id' | 'fullName' | 'positions'>

/**
 * The officials a report names, in the report's order, each merged duplicate read as the
 * record it went into (its positions are there now).
 */
export async function mentionedOfficials(req: PayloadRequest, ids: (string | number)[]): Promise<MentionedOfficial[]> {
  const wanted = ids.map(String)
  if (!wanted.length) return []
  const read = (in_: string[]) =>
    req.payload.find({ collection: 'officials', where: { id: { in: in_ } }, limit: in_.length, pagination: false, depth: 0, overrideAccess: true, select: { fullName: true, positions: true, mergedInto: true }, req })
  const { docs } = await read(wanted)
  const targets = docs.map((d) => relationId(d.mergedInto as never)).filter((id): id is string => Boolean(id))
  const merged = new Map((targets.length ? (await read(targets)).docs : []).map((d) => [String(d.id), d]))
  const byId = new Map(docs.map((d) => [String(d.id), merged.get(relationId(d.mergedInto as never) ?? '') ?? d]))
  return wanted.map((id) => byId.get(id)).filter((o): o is NonNullable<typeof o> => Boolean(o))
}
