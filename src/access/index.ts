import type { Access, FieldAccess, Where } from 'payload'
import { hasRole, isAdmin, staffOf, unitRefsOf, worksInUnit, type Role, type StaffLike } from '../lib/roles'

/** Shared access rules. Every collection composes these; none re-implements them. */

export const anyone: Access = () => true

export const adminOnly: Access = ({ req }) => isAdmin(staffOf(req))

export const adminOnlyField: FieldAccess = ({ req }) => isAdmin(staffOf(req))

/** Shared reference data (officials, campaigns, legal documents): editors and up maintain it. */
export const editorsAndUp: Access = ({ req }) => hasRole(staffOf(req), 'editor', 'approver', 'admin')

export const editorsAndUpField: FieldAccess = ({ req }) => hasRole(staffOf(req), 'editor', 'approver', 'admin')

const inMyUnits = (user: StaffLike, field = 'unit'): Where => ({ [field]: { in: unitRefsOf(user) } })

/**
 * Creating unit-scoped content: the given roles, only in one of the user's own units.
 * Without data (the admin asking whether to show "Create"), the role alone decides.
 */
export const createInOwnUnit =
  (...roles: Role[]): Access =>
  ({ req, data }) => {
    const user = staffOf(req)
    if (isAdmin(user)) return true
    if (!hasRole(user, ...roles)) return false
    if (!data || data.unit === undefined || data.unit === null) return true
    return worksInUnit(user, data.unit)
  }

/** Where a staff member may edit: contributors their own items, editors and approvers their units'. */
function ownOrUnit(user: StaffLike, prefix = ''): Where | boolean {
  if (!user) return false
  if (isAdmin(user)) return true
  const or: Where[] = []
  if (hasRole(user, 'editor', 'approver')) or.push(inMyUnits(user, `${prefix}unit`))
  if (hasRole(user, 'contributor'))
    or.push({ and: [{ [`${prefix}createdBy`]: { equals: user.id } }, inMyUnits(user, `${prefix}unit`)] })
  return or.length ? { or } : false
}

/** Unit-scoped content whose contributors own their own items (reports, media). */
export const updateOwnOrUnit: Access = ({ req }) => ownOrUnit(staffOf(req))

/** The same rule over a collection's versions, whose fields sit under `version.`. */
export const readVersionsOwnOrUnit: Access = ({ req }) => ownOrUnit(staffOf(req), 'version.')

/** Unit-scoped content without ownership (models): editors and approvers of the unit. */
export const editorsOfUnit: Access = ({ req }) => {
  const user = staffOf(req)
  if (isAdmin(user)) return true
  return hasRole(user, 'editor', 'approver') ? inMyUnits(user) : false
}

/** Deleting unit content: approvers of the unit, and admins. */
export const approversOfUnit: Access = ({ req }) => {
  const user = staffOf(req)
  if (isAdmin(user)) return true
  return hasRole(user, 'approver') ? inMyUnits(user) : false
}

/**
 * Reports: anonymous readers see published ones only; contributors also their own;
 * editors and approvers everything of their units; admins everything.
 */
export const readPublishedOrOwn: Access = ({ req }) => {
  const user = staffOf(req)
  const published: Where = { _status: { equals: 'published' } }
  if (!user) return published
  if (isAdmin(user)) return true
  const or: Where[] = [published]
  if (hasRole(user, 'editor', 'approver')) or.push(inMyUnits(user))
  if (hasRole(user, 'contributor')) or.push({ createdBy: { equals: user.id } })
  return { or }
}

/**
 * Photos: anonymous readers see public ones only (used by something published, or marked
 * public: src/data/photoPublicity.ts); staff also every photo of their units; admins all.
 */
export function readPublicOrUnitWhere(user: StaffLike): Where | true {
  const open: Where = { public: { equals: true } }
  if (!user) return open
  if (isAdmin(user)) return true
  return { or: [open, inMyUnits(user)] }
}

export const readPublicOrUnit: Access = ({ req }) => readPublicOrUnitWhere(staffOf(req))

/**
 * Users: admins see everyone; staff see themselves, colleagues of their units, and the
 * administrators (whose names stand on what they did, and whom to ask for help), whose e-mail
 * they see only when they share a unit (readEmail).
 */
export const readColleagues: Access = ({ req }) => {
  const user = staffOf(req)
  if (!user) return false
  if (isAdmin(user)) return true
  return { or: [{ id: { equals: user.id } }, inMyUnits(user, 'units'), { roles: { in: ['admin'] } }] }
}

/**
 * A user's e-mail: to themself, to admins, and to staff who share a unit with them. Asked
 * without a document (a filter or sort on e-mail), only admins may: staff cannot find out whose
 * an address is by filtering on it.
 */
export const readEmail: FieldAccess = ({ req, doc }) => {
  const user = staffOf(req)
  if (!user) return false
  if (isAdmin(user)) return true
  if (!doc) return false
  if (String(doc.id) === String(user.id)) return true
  const units = (doc.units ?? []) as Parameters<typeof worksInUnit>[1][]
  return units.some((unit) => worksInUnit(user, unit))
}

export const adminOrSelf: Access = ({ req }) => {
  const user = staffOf(req)
  if (!user) return false
  if (isAdmin(user)) return true
  return { id: { equals: user.id } }
}

/**
 * A report's editorial thread and workflow history: the staff who can read the report in the
 * admin (contributors their own reports, editors and approvers their units', admins all).
 * Readers of the published page are not among them.
 */
export const staffOfReport: Access = ({ req }) => {
  const user = staffOf(req)
  if (!user) return false
  if (isAdmin(user)) return true
  const or: Where[] = []
  if (hasRole(user, 'editor', 'approver')) or.push(inMyUnits(user))
  if (hasRole(user, 'contributor')) or.push({ and: [{ 'report.createdBy': { equals: user.id } }, inMyUnits(user)] })
  return or.length ? { or } : false
}
