import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { AdminViewFrame } from './AdminViewFrame'
import { tr } from '../../i18n/translations'
import { isAdmin, type StaffLike } from '../../lib/roles'

/** "Sao lưu": system administrators download the same archive as `npm run backup` (GET /api/backup). */
export async function BackupView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const allowed = Boolean(req.user) && isAdmin(req.user as StaffLike)
  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
        <main className="backup-view" style={{ paddingBottom: '3rem', maxWidth: '60rem' }}>
          <h1>{tr(req.t, 'backupTitle')}</h1>
          {allowed ? (
            <>
              <p>{tr(req.t, 'backupIntro')}</p>
              <p>{tr(req.t, 'backupSecret')}</p>
              {/* a plain link: the browser downloads the stream with the admin's session cookie */}
              <a className="btn btn--style-primary btn--size-medium" href="/api/backup" download>
                {tr(req.t, 'backupDownload')}
              </a>
            </>
          ) : (
            <p role="alert">{tr(req.t, 'backupAdminsOnly')}</p>
          )}
        </main>
      </AdminViewFrame>
  )
}
