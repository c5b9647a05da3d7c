import type { PayloadRequest } from 'payload'
import { relationId } from '../../../src/lib/roles'
import type { UnitNamer } from '../../../src/lib/officials/titlesAtDate'
import { unitNameAt } from '../../../src/lib/officials/unitNameAt'
import { unitsOfRequest } from '../../Units/unitsOfRequest'

/** Names units as they were called on a date; the unit list is read once per request. */
export async function unitNamer(req: PayloadRequest): Promise<UnitNamer> {
  const units = await unitsOfRequest(req)
  return (unit, date) => {
    const id = relationId(unit as never)
    return id ? unitNameAt(units, id, date) : null
  }
}
