import type { PayloadRequest } from 'payload'
import type { UnitRecord } from '../lib/units'

export type UnitRow = UnitRecord & { slug?: string | null; province?: string | null; level?: string | null }

/**
 * Every unit, read once per request and kept in its context: units are few and change rarely,
 * and a save can ask for them many times (positions checked, titles named, the search entry's
 * unit). An import hands one read to all its pages (src/import/runImport.ts).
 */
export async function unitsOfRequest(req: PayloadRequest): Promise<UnitRow[]> {
  const cached = req.context.unitRecords as UnitRow[] | undefined
  if (cached) return cached
  const { docs } = await req.payload.find({
    collection: 'units',
    limit: 5000,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { name: true, slug: true, province: true, level: true, validFrom: true, validTo: true, successor: true },
    req,
  })
  req.context.unitRecords = docs
  return docs as UnitRow[]
}
