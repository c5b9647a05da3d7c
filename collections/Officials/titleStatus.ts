import type { PayloadRequest } from 'payload'
import { titleStatusOn, type OfficialTitleStatus } from '../../src/lib/officials/confirmation'
import { printedTitle, type Position } from '../../src/lib/officials/titlesAtDate'
import { organisationLookupOf } from '../../src/data/organisationsOfRequest'
import { mentionedOfficials } from './mentionedOfficials'

/** For the checklist item "Xác nhận chức danh": how sure each named official's titles are on the report's date. */
export async function officialsTitleStatus(req: PayloadRequest, ids: (string | number)[], date: string | Date): Promise<OfficialTitleStatus[]> {
  const lookup = await organisationLookupOf(req)
  return (await mentionedOfficials(req, ids)).map((o) => {
    const { state, candidates } = titleStatusOn((o.positions ?? []) as Position[], date, lookup)
    return { id: String(o.id), fullName: o.fullName, state, titles: candidates.map((p) => printedTitle(p, lookup)) }
  })
}
