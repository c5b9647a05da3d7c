import type { Payload } from 'payload'
import React from 'react'
import { isAdmin, staffOf, unitIdsOf, hasRole } from '../../../lib/roles'
import { unitValidOn } from '../../../lib/units'
import { ImportWordButton } from './ImportWordButton'

/**
 * "Nhập từ Word" on the reports list and in "Việc của tôi": the units the user may import into
 * (their own; every board still in existence for an administrator), then the client part.
 */
export async function ImportWord({ payload, user }: { payload: Payload; user?: unknown }) {
  const staff = staffOf({ user })
  if (!hasRole(staff, 'contributor', 'editor', 'approver', 'admin')) return null
  const admin = isAdmin(staff)
  const ids = unitIdsOf(staff)
  const { docs } = await payload.find({
    collection: 'units',
    where: admin ? {} : { id: { in: ids } },
    limit: 1000,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { name: true, validFrom: true, validTo: true },
    sort: 'name',
  })
  const now = new Date().toISOString()
  const units = docs.filter((u) => !admin || unitValidOn(u, now)).map((u) => ({ id: u.id, name: u.name }))
  return <ImportWordButton units={units} adminRoute={payload.config.routes.admin} />
}
