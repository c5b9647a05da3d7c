import type { Access, CollectionConfig, Where } from 'payload'
import { staffOfReport } from '../../../src/access'
import { hasRole, isAdmin, staffOf, unitRefsOf } from '../../../src/lib/roles'

/** The report's staff read the thread (and write in it: see stampComment); an author edits their own words. */
const authorOrEditors: Access = ({ req }) => {
  const user = staffOf(req)
  if (!user) return false
  if (isAdmin(user)) return true
  const or: Where[] = [{ author: { equals: user.id } }]
  if (hasRole(user, 'editor', 'approver')) or.push({ unit: { in: unitRefsOf(user) } })
  return { or }
}

export const commentAccess: CollectionConfig['access'] = {
  read: staffOfReport,
  create: ({ req }) => hasRole(staffOf(req), 'contributor', 'editor', 'approver', 'admin'),
  update: authorOrEditors,
  delete: authorOrEditors,
}
