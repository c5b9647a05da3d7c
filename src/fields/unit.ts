import type { Field } from 'payload'
import { hasRole, isAdmin, unitRefsOf, type StaffLike } from '../lib/roles'

/** List cells that show no unit or creator as a dash (an imported report has no creator), not "<Không có Người tạo>". */
export const RELATION_CELL = '/src/components/admin/RelationCell#RelationCell'

/**
 * The owning unit of unit-scoped content. Staff may only pick their own units; a user
 * with a single unit gets it by default.
 */
export function unitField(overrides: Partial<Field> = {}): Field {
  return {
    name: 'unit',
    type: 'relationship',
    relationTo: 'units',
    required: true,
    index: true,
    label: { vi: 'Đơn vị', en: 'Unit' },
    defaultValue: ({ user }) => {
      const refs = unitRefsOf(user as StaffLike)
      return refs.length === 1 ? refs[0] : undefined
    },
    filterOptions: ({ user }) => {
      const staff = user as StaffLike
      if (!staff || isAdmin(staff)) return true
      return { id: { in: unitRefsOf(staff) } }
    },
    admin: { position: 'sidebar', components: { Cell: RELATION_CELL } },
    ...overrides,
  } as Field
}

/** A field of the editorial back office: contributors, who only write, do not see it. */
export const forEditorsAndUp = (_data: unknown, _siblingData: unknown, { user }: { user?: unknown }): boolean => hasRole(user as StaffLike, 'editor', 'approver', 'admin')

/** Read-only record of the account that created the document (see setCreatedBy). */
export const createdByField: Field = {
  name: 'createdBy',
  type: 'relationship',
  relationTo: 'users',
  index: true,
  label: { vi: 'Người tạo', en: 'Created by' },
  admin: { position: 'sidebar', readOnly: true, condition: forEditorsAndUp, components: { Cell: RELATION_CELL } },
}
