import type { I18nClient } from '@payloadcms/translations'
import React from 'react'
import { hasRole, isAdmin, type StaffLike } from '../../lib/roles'
import { tr } from '../../i18n/translations'

/** Links to the workflow views (and, for admins, the importer), above Payload's collection links. */
export function NavLinks({ user, i18n }: { user?: StaffLike | null; i18n: I18nClient }) {
  return (
    <div className="danvan-nav-links" style={{ display: 'flex', flexDirection: 'column', gap: '0.5rem', marginBottom: '1rem' }}>
      <a href="/admin">{tr(i18n.t, 'myWorkTitle')}</a>
      <a href="/admin/lich-bien-tap">{tr(i18n.t, 'calendarTitle')}</a>
      {user && hasRole(user, 'editor', 'approver', 'admin') && <a href="/admin/thong-ke">{tr(i18n.t, 'statsTitle')}</a>}
      {user && isAdmin(user) && <a href="/admin/nhap-trang-cu">{tr(i18n.t, 'importTitle')}</a>}
      {user && isAdmin(user) && <a href="/admin/sao-luu">{tr(i18n.t, 'backupTitle')}</a>}
    </div>
  )
}
