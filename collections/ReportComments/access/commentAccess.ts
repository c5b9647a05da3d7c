import type { Access, CollectionConfig, Where } from 'payload'
import { hasRole, isAdmin, staffOf, unitRefsOf } from '../../../src/lib/roles'


/** The unit's staff read and write the thread; an author edits their own words. */
const unitStaff: Access = ({ req }) => {
  const user = staffOf(req)
  if (isAdmin(user)) return true
  if (!hasRole(user, 'contributor', 'editor', 'approver')) return false
  return { unit: { in: unitRefsOf(user) } }
}

const authorOrEditors: Access = ({ req }) => {
  const user = staffOf(req)
  if (!user) return false
  if (isAdmin(user)) return true
  const or: Where[] = [{ author: { equals: user.id } }]
  if (hasRole(user, 'editor', 'approver')) or.push({ unit: { in: unitRefsOf(user) } })
  return { or }
}

export const commentAccess: CollectionConfig['access'] = {
  read: unitStaff,
  create: ({ req }) => hasRole(staffOf(req), 'contributor', 'editor', 'approver', 'admin'),
  update: authorOrEditors,
  delete: authorOrEditors,
}
