import type { PayloadRequest } from 'payload'
import { titleStatusOn } from '../../src/lib/officials/confirmation'
import { printedTitle, type Position } from '../../src/lib/officials/titlesAtDate'
import { organisationLookupOf } from '../../src/data/organisationsOfRequest'
import { mentionedOfficials } from './mentionedOfficials'

export type OfficialTitleStatus = {
  id: string
  fullName: string
  state: 'confirmed' | 'unconfirmed' | 'none'
  /** The titles to confirm, as printed: held that day but unconfirmed, or last seen. */
  titles: string[]
}

/** For the checklist item "Xác nhận chức danh": how sure each named official's titles are on the report's date. */
export async function officialsTitleStatus(req: PayloadRequest, ids: (string | number)[], date: string | Date): Promise<OfficialTitleStatus[]> {
  const lookup = await organisationLookupOf(req)
  return (await mentionedOfficials(req, ids)).map((o) => {
    const { state, candidates } = titleStatusOn((o.positions ?? []) as Position[], date, lookup)
    return { id: String(o.id), fullName: o.fullName, state, titles: candidates.map((p) => printedTitle(p, lookup)) }
  })
}

/** The names still waiting for "Xác nhận chức danh". */
export const unconfirmedNames = (statuses: OfficialTitleStatus[]) => statuses.filter((s) => s.state !== 'confirmed').map((s) => s.fullName)
