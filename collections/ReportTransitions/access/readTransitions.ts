import type { Access } from 'payload'
import { hasRole, isAdmin, staffOf, unitRefsOf } from '../../../src/lib/roles'

/** Staff see the history of their units' reports; admins everything; readers nothing. */
export const readTransitions: Access = ({ req }) => {
  const user = staffOf(req)
  if (!user) return false
  if (isAdmin(user)) return true
  if (!hasRole(user, 'contributor', 'editor', 'approver')) return false
  return { unit: { in: unitRefsOf(user) } }
}
