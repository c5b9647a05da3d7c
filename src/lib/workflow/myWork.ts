import type { Where } from 'payload'
import type { Report } from '../../payload-types'
import { hasRole, isAdmin, relationId, unitRefsOf, type StaffLike } from '../roles'

/** A section of "Việc của tôi"; its heading and empty line are the admin's words for its key (MyWorkView). */
export type WorkSectionKey = 'toEdit' | 'toApprove' | 'returned' | 'drafts' | 'sent' | 'scheduled'
export type WorkSection = { key: WorkSectionKey; where: Where }

/** How many reports a section shows; the rest are a link away, in the reports list. */
export const MY_WORK_LIMIT = 20

/**
 * How a section is read: newest first, as drafts (the state an editor works on), and only what
 * its table shows (src/components/admin/ReportTable.tsx); the units' and authors' names are
 * read once for all sections (src/data/myWork.ts). Whole reports at depth 1, 50 a section,
 * brought each row's body, photos, links, comments and officials' titles and cost "Việc của
 * tôi" most of its time; names populated per section cost ten more reads (bench/admin.bench.ts).
 */
export const MY_WORK_QUERY = {
  collection: 'reports',
  draft: true,
  depth: 0,
  limit: MY_WORK_LIMIT,
  sort: '-updatedAt',
  select: { title: true, workflowState: true, unit: true, createdBy: true, updatedAt: true, returnedComment: true, scheduledAt: true, scheduledAction: true },
} as const

type Ref = Parameters<typeof relationId>[0]
export type WorkDoc = Pick<Report, 'id' | 'title' | 'workflowState' | 'updatedAt' | 'returnedComment' | 'scheduledAt' | 'scheduledAction'> & { unit?: Ref; createdBy?: Ref }
/** A row of a section's table: the report with its unit's and author's names. */
export type WorkRow = Omit<WorkDoc, 'unit' | 'createdBy'> & { unitName: string; authorName: string }

/** The units and authors the rows name, each once, as stored (numbers on SQLite, strings on MongoDB). */
export function referencedIds(docs: WorkDoc[]): { units: (number | string)[]; users: (number | string)[] } {
  const once = (refs: Ref[]) => {
    const byKey = new Map<string, number | string>()
    for (const ref of refs) {
      const id = ref && typeof ref === 'object' ? ref.id : ref
      if (id !== null && id !== undefined) byKey.set(String(id), id)
    }
    return [...byKey.values()]
  }
  return { units: once(docs.map((d) => d.unit)), users: once(docs.map((d) => d.createdBy)) }
}

/** The rows with names in place of ids ('' where the reader may not see the unit or account). */
export function nameRows(docs: WorkDoc[], unitNames: Map<string, string>, userNames: Map<string, string>): WorkRow[] {
  return docs.map(({ unit, createdBy, ...doc }) => ({
    ...doc,
    unitName: unitNames.get(relationId(unit) ?? '') ?? '',
    authorName: userNames.get(relationId(createdBy) ?? '') ?? '',
  }))
}

/**
 * The reports list's address showing a whole section: Payload's list reads `where` and `sort`
 * from the query string in qs's bracket form (where[and][0][createdBy][equals]=7).
 */
export function sectionListQuery(where: Where): string {
  const parts: string[] = []
  const walk = (value: unknown, key: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${key}[${i}]`))
    else if (value !== null && typeof value === 'object') for (const [name, item] of Object.entries(value)) walk(item, `${key}[${name}]`)
    else parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
  }
  walk(where, 'where')
  return [...parts, `sort=${encodeURIComponent(MY_WORK_QUERY.sort)}`].join('&')
}

/** The sections of "Việc của tôi" for this user: what waits on them, by role and unit. */
export function myWorkSections(user: StaffLike): WorkSection[] {
  if (!user) return []
  const inUnits: Where[] = isAdmin(user) ? [] : [{ unit: { in: unitRefsOf(user) } }]
  const mine: Where = { createdBy: { equals: user.id } }
  const sections: WorkSection[] = []
  if (hasRole(user, 'editor', 'admin')) sections.push({ key: 'toEdit', where: { and: [{ workflowState: { equals: 'submitted' } }, ...inUnits] } })
  if (hasRole(user, 'approver', 'admin')) sections.push({ key: 'toApprove', where: { and: [{ workflowState: { equals: 'inApproval' } }, ...inUnits] } })
  sections.push({
    key: 'returned',
    where: { and: [mine, { workflowState: { equals: 'draft' } }, { returnedComment: { exists: true } }, { returnedComment: { not_equals: '' } }] },
  })
  sections.push({ key: 'drafts', where: { and: [mine, { workflowState: { equals: 'draft' } }] } })
  // what the author sent on, with the state each has reached
  sections.push({
    key: 'sent',
    where: { and: [mine, { workflowState: { in: ['submitted', 'inApproval', 'published', 'unpublished'] } }] },
  })
  sections.push({
    key: 'scheduled',
    where: { and: [{ scheduledAt: { exists: true } }, hasRole(user, 'approver', 'admin') ? { and: inUnits } : mine] },
  })
  return sections
}
