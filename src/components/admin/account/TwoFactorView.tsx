import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { AdminViewFrame } from '../AdminViewFrame'
import { tr } from '../../../i18n/translations'
import { staffOf } from '../../../lib/roles'
import { mayUseTwoFactor } from '../../../../collections/Users/twoFactor/store'
import { TwoFactorSetup } from './TwoFactorSetup'

/** "Bật xác thực hai bước" (/admin/xac-thuc-hai-buoc): an approver or admin links an authenticator app to their account. */
export async function TwoFactorView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const user = staffOf(req)
  const stored = user ? await req.payload.db.findOne<{ id: number | string; totpEnabled?: boolean | null }>({ collection: 'users', where: { id: { equals: user.id } } }) : null
  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
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
      </AdminViewFrame>
  )
}
