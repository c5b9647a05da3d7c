import type { FieldHook } from 'payload'
import { relationId } from '../../../src/lib/roles'
import { titledName, type Position } from '../../../src/lib/officials/titlesAtDate'
import { mentionedOfficials } from '../../Officials/mentionedOfficials'
import { organisationLookupOf } from '../../../src/data/organisationsOfRequest'
import type { Report } from '../../../src/payload-types'

/**
 * Reads each mentioned official as "Đồng chí {name}, {titles on the report's date}". Computed
 * on every read from the positions, so editing an official's later career never changes how
 * an older report reads. Reports without a date use their creation date.
 */
export const titleOfficials: FieldHook<Report> = async ({ data, req, siblingData }) => {
  const source = (siblingData ?? data) as Partial<Report> | undefined
  const ids = (source?.officials ?? []).map((o) => relationId(o as never)).filter((id): id is string => Boolean(id))
  if (!ids.length) return []
  const date = source?.publishedAt ?? source?.createdAt ?? new Date().toISOString()
  const lookup = await organisationLookupOf(req)
  return (await mentionedOfficials(req, ids)).map((o) => titledName(o.fullName, (o.positions ?? []) as Position[], date, lookup))
}
