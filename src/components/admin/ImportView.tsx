import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { AdminViewFrame } from './AdminViewFrame'
import { isAdmin, type StaffLike } from '../../lib/roles'
import { ImportForm, type RunView } from './ImportForm'
import { tr } from '../../i18n/translations'

/** "Nhập trang cũ": admins upload old-site pages (files or a zip) and watch the import job. */
export async function ImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const allowed = isAdmin(req.user as StaffLike)
  const units = allowed ? (await req.payload.find({ collection: 'units', limit: 500, depth: 0, sort: 'name', req })).docs : []
  const runs = allowed
    ? (await req.payload.find({ collection: 'import-runs', limit: 10, depth: 0, sort: '-createdAt', req, overrideAccess: true, select: { results: false } as never })).docs
    : []
  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      {/* the page's main landmark: Payload's template draws only the navigation and header */}
      <main className="import-view" style={{ paddingBottom: '3rem', maxWidth: '60rem' }}>
        <h1>{tr(req.t, 'importTitle')}</h1>
        {allowed ? (
          <>
            <p>{tr(req.t, 'importIntro')}</p>
            <ImportForm units={units.map((u) => ({ id: u.id, name: u.name }))} runs={runs as unknown as RunView[]} />
          </>
        ) : (
          <p role="alert">{tr(req.t, 'importAdminsOnly')}</p>
        )}
      </main>
    </AdminViewFrame>
  )
}
