/** Roles of the editorial staff, lowest to highest. */
export const ROLES = ['contributor', 'editor', 'approver', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  contributor: { vi: 'Cộng tác viên / Phóng viên', en: 'Contributor' },
  editor: { vi: 'Biên tập viên', en: 'Editor' },
  approver: { vi: 'Lãnh đạo Ban (người duyệt)', en: 'Approver' },
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
}

type Relation = number | string | { id: number | string } | null | undefined

/** Relationship values arrive as ids or populated documents; ids are numbers on SQLite, strings on MongoDB. */
export function relationId(value: Relation): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return String(value.id)
  return String(value)
}

export type StaffLike = {
  id: number | string
  roles?: Role[] | null
  units?: Relation[] | null
  collection?: string
} | null | undefined

/** The signed-in staff member of a request, or null (anonymous, or another auth collection). */
export function staffOf(req: { user?: unknown }): StaffLike {
  const user = req.user as { collection?: string } | null | undefined
  return user?.collection === 'users' ? (user as StaffLike) : null
}

export function hasRole(user: StaffLike, ...roles: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => roles.includes(role)))
}

export function isAdmin(user: StaffLike): boolean {
  return hasRole(user, 'admin')
}

/** The ids of the units a user works in, as strings. */
export function unitIdsOf(user: StaffLike): string[] {
  return (user?.units ?? []).map(relationId).filter((id): id is string => id !== null)
}

export function worksInUnit(user: StaffLike, unit: Relation): boolean {
  const id = relationId(unit)
  return id !== null && unitIdsOf(user).includes(id)
}

/** Unit ids as stored (number on SQLite, string on MongoDB), for `in` queries. */
export function unitRefsOf(user: StaffLike): (number | string)[] {
  return (user?.units ?? [])
    .map((unit) => (unit && typeof unit === 'object' ? unit.id : unit))
    .filter((id): id is number | string => id !== null && id !== undefined)
}
