'use client'
import { Button, toast, useAuth, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'
import { tr } from '../../../i18n/translations'
import { formatDateTimeVN } from '../../../lib/format/dates'
import { isAdmin, type StaffLike } from '../../../lib/roles'

type Status = {
  twoFactor: { enabled: boolean; available: boolean; recoveryCodesLeft: number }
  lock?: { locked: boolean; until: string | null; failures: number; addresses: number }
}

const errorOf = async (res: Response): Promise<string | undefined> => ((await res.json().catch(() => null)) as { errors?: { message?: string }[] } | null)?.errors?.[0]?.message

/**
 * "Đăng nhập và bảo mật", beside a user's page (and the account page): to its owner, whether
 * two-factor sign-in is on, with "Bật xác thực hai bước" for approvers and admins; to admins,
 * whether the account is locked and its recent failed sign-ins, "Mở khóa tài khoản", and
 * "Tắt xác thực hai bước" for someone who lost their phone.
 */
export function AccountSecurity() {
  const { t } = useTranslation()
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const email = useFormFields(([fields]) => fields.email?.value as string | undefined)
  const [status, setStatus] = useState<Status | null>(null)
  const [busy, setBusy] = useState(false)
  const admin = isAdmin(user as StaffLike)
  const self = id !== undefined && String(user?.id) === String(id)

  const load = useCallback(async () => {
    if (id === undefined || (!admin && !self)) return
    const res = await fetch(`/api/users/${id}/sign-in-status`, { credentials: 'include' })
    if (res.ok) setStatus((await res.json()) as Status)
  }, [id, admin, self])

  useEffect(() => {
    void load()
  }, [load])

  if (id === undefined || (!admin && !self) || !status) return null

  async function act(url: string, body: unknown, done: string, failed: string) {
    setBusy(true)
    try {
      const res = await fetch(url, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      if (res.ok) toast.success(done)
      else toast.error((await errorOf(res)) ?? failed)
      await load()
    } finally {
      setBusy(false)
    }
  }

  const { twoFactor, lock } = status
  return (
    <div className="account-security" style={{ marginBottom: '1.5rem' }}>
      <h4 style={{ margin: '0 0 0.5rem' }}>{tr(t, 'securityTitle')}</h4>
      {(twoFactor.available || twoFactor.enabled) && (
        <p className="account-security__two-factor" style={{ margin: '0 0 0.5rem' }}>
          {twoFactor.enabled ? tr(t, 'twoFactorOn', { left: twoFactor.recoveryCodesLeft }) : tr(t, 'twoFactorOff')}
        </p>
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', marginBottom: '0.75rem' }}>
        {self && twoFactor.available && !twoFactor.enabled && (
          <Button el="link" url="/admin/xac-thuc-hai-buoc" buttonStyle="primary" size="small" margin={false}>
            {tr(t, 'twoFactorTurnOn')}
          </Button>
        )}
        {admin && twoFactor.enabled && (
          <Button
            buttonStyle="secondary"
            size="small"
            margin={false}
            disabled={busy}
            onClick={() => window.confirm(tr(t, 'twoFactorTurnOffConfirm')) && void act(`/api/users/${id}/two-factor/disable`, {}, tr(t, 'twoFactorDisabled'), tr(t, 'twoFactorDisabled'))}
          >
            {tr(t, 'twoFactorTurnOff')}
          </Button>
        )}
      </div>
      {admin && lock && (
        <>
          <p className="account-security__lock" role="status" style={{ margin: '0 0 0.5rem' }}>
            {lock.locked && lock.until
              ? tr(t, 'lockLocked', { time: formatDateTimeVN(lock.until), addresses: lock.addresses })
              : lock.failures
                ? tr(t, 'lockFailures', { failures: lock.failures, addresses: lock.addresses })
                : tr(t, 'lockNone')}
          </p>
          <Button buttonStyle="secondary" size="small" margin={false} disabled={busy || !email} onClick={() => void act('/api/users/unlock', { email }, tr(t, 'unlockDone'), tr(t, 'unlockFailed'))}>
            {tr(t, 'unlockAccount')}
          </Button>
        </>
      )}
    </div>
  )
}
