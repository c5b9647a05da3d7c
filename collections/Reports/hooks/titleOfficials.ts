import type { FieldHook } from 'payload'
import { relationId } from '../../../src/lib/roles'
import { titledOfficials } from '../../Officials/mentionedOfficials'
import type { Report } from '../../../src/payload-types'

/**
 * Reads each mentioned official as "Đồng chí {name}, {titles on the report's date}". Computed
 * on every read from the positions, so editing an official's later career never changes how
 * an older report reads. Reports without a date use their creation date.
 */
export const titleOfficials: FieldHook<Report> = async ({ data, req, siblingData }) => {
  const source = (siblingData ?? data) as Partial<Report> | undefined
  const ids = (source?.officials ?? []).map((o) => relationId(o)).filter((id): id is string => Boolean(id))
  const date = source?.publishedAt ?? source?.createdAt ?? new Date().toISOString()
  return (await titledOfficials(req, ids, date)).map((o) => o.titled)
}
