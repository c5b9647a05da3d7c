import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import React from 'react'
import { tr } from '../../i18n/translations'
import { isAdmin, type StaffLike } from '../../lib/roles'

/** "Sao lưu": system administrators download the same archive as `npm run backup` (GET /api/backup). */
export async function BackupView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const allowed = Boolean(req.user) && isAdmin(req.user as StaffLike)
  return (
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={req.payload} permissions={permissions} searchParams={searchParams} user={req.user ?? undefined} visibleEntities={visibleEntities} req={req}>
      <Gutter>
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
      </Gutter>
    </DefaultTemplate>
  )
}
