import type { PayloadRequest } from 'payload'
import type { Official } from '../../src/payload-types'
import { organisationLookupOf } from '../../src/data/organisationsOfRequest'
import { titledName, type Position } from '../../src/lib/officials/titlesAtDate'
import { relationId } from '../../src/lib/roles'

export type MentionedOfficial = Pick<Official, 'id' | 'fullName' | 'positions'>
type Read = MentionedOfficial & Pick<Official, 'mergedInto'>

const BATCH_KEY = 'mentionedOfficialsBatch'
type Batch = { ids: Set<string>; read: Promise<Map<string, Read>> }

/**
 * The officials with these ids, read together with every other call made at the same moment in
 * the same request: a list of 100 reports titles its officials at once, and one query answers
 * them all (it was one query per report). The batch is sent once the callers of this turn have
 * joined it, and forgotten then, so nothing read is kept beyond it.
 */
function officialsById(req: PayloadRequest, ids: string[]): Promise<Map<string, Read>> {
  let batch = req.context[BATCH_KEY] as Batch | undefined
  if (!batch) {
    const ids = new Set<string>()
    const read = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      delete req.context[BATCH_KEY]
      const { docs } = await req.payload.find({
        collection: 'officials',
        where: { id: { in: [...ids] } },
        limit: ids.size,
        pagination: false,
        depth: 0,
        joins: false,
        overrideAccess: true,
        select: { fullName: true, positions: true, mergedInto: true },
        req,
      })
      return new Map(docs.map((d) => [String(d.id), d as Read]))
    })
    batch = { ids, read }
    req.context[BATCH_KEY] = batch
  }
  for (const id of ids) batch.ids.add(id)
  return batch.read
}

/**
 * The officials a report names, in the report's order, each merged duplicate read as the
 * record it went into (its positions are there now).
 */
export async function mentionedOfficials(req: PayloadRequest, ids: (string | number)[]): Promise<MentionedOfficial[]> {
  const wanted = ids.map(String)
  if (!wanted.length) return []
  const found = await officialsById(req, wanted)
  const targets = wanted.map((id) => relationId(found.get(id)?.mergedInto)).filter((id): id is string => Boolean(id))
  const merged = targets.length ? await officialsById(req, targets) : new Map<string, Read>()
  return wanted
    .map((id) => found.get(id))
    .filter((o): o is Read => Boolean(o))
    .map((o) => merged.get(relationId(o.mergedInto) ?? '') ?? o)
}

export type TitledOfficial = { id: string; titled: string }

/**
 * "Đồng chí {name}, {titles on that date}" for each official a report names, with the id of the
 * record it reads as: the one titling of the admin's reports and the public site's.
 */
export async function titledOfficials(req: PayloadRequest, ids: (string | number)[], date: string | Date): Promise<TitledOfficial[]> {
  if (!ids.length) return []
  const [officials, lookup] = await Promise.all([mentionedOfficials(req, ids), organisationLookupOf(req)])
  return officials.map((o) => ({ id: String(o.id), titled: titledName(o.fullName, (o.positions ?? []) as Position[], date, lookup) }))
}
