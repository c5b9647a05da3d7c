import type { PayloadRequest } from 'payload'
import { relationId } from '../../../src/lib/roles'
import type { UnitNamer } from '../../../src/lib/officials/titlesAtDate'
import { unitNameAt, type UnitRecord } from '../../../src/lib/officials/unitNameAt'

/** Names units as they were called on a date; the unit list is read once per request. */
export async function unitNamer(req: PayloadRequest): Promise<UnitNamer> {
  const cached = req.context.unitRecords as UnitRecord[] | undefined
  const units =
    cached ??
    ((await req.payload.find({ collection: 'units', limit: 5000, depth: 0, overrideAccess: true, pagination: false, select: { name: true, validFrom: true, validTo: true, successor: true }, req })).docs as UnitRecord[])
  req.context.unitRecords = units
  return (unit, date) => {
    const id = relationId(unit as never)
    return id ? unitNameAt(units, id, date) : null
  }
}
