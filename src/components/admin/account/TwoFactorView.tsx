import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import React from 'react'
import { tr } from '../../../i18n/translations'
import { staffOf } from '../../../lib/roles'
import { mayUseTwoFactor } from '../../../../collections/Users/twoFactor/store'
import { TwoFactorSetup } from './TwoFactorSetup'

/** "Bật xác thực hai bước" (/admin/xac-thuc-hai-buoc): an approver or admin links an authenticator app to their account. */
export async function TwoFactorView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = staffOf(req)
  const stored = user ? await req.payload.db.findOne<{ id: number | string; totpEnabled?: boolean | null }>({ collection: 'users', where: { id: { equals: user.id } } }) : null
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
      req={req}
    >
      <Gutter>
        <main className="two-factor-setup" style={{ paddingBottom: '3rem', maxWidth: '42rem' }}>
          <h1>{tr(req.t, 'twoFactorTurnOn')}</h1>
          {!user || !mayUseTwoFactor(user) ? (
            <p role="alert">{tr(req.t, 'twoFactorNotForRole')}</p>
          ) : stored?.totpEnabled ? (
            <p>{tr(req.t, 'enrolAlreadyOn')}</p>
          ) : (
            <TwoFactorSetup />
          )}
        </main>
      </Gutter>
    </DefaultTemplate>
  )
}
