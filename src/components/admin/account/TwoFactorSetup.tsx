'use client'
import { Button, SetStepNav, toast, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useRef, useState } from 'react'
import { tr } from '../../../i18n/translations'

type Setup = { secret: string; uri: string; qr: string }

/**
 * The enrolment: a QR code (drawn by the server) and the key as text, the app's first code to
 * confirm, then the ten recovery codes, shown this once.
 */
export function TwoFactorSetup() {
  const { t } = useTranslation()
  const [setup, setSetup] = useState<Setup | null>(null)
  const [code, setCode] = useState('')
  const [codes, setCodes] = useState<string[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const started = useRef(false)

  useEffect(() => {
    // once: a second key would replace the first while its QR code is on screen
    if (started.current) return
    started.current = true
    void (async () => {
      const res = await fetch('/api/users/two-factor/setup', { method: 'POST', credentials: 'include' })
      const body = await res.json().catch(() => null)
      if (res.ok) setSetup(body as Setup)
      else setError(body?.errors?.[0]?.message ?? tr(t, 'twoFactorNotForRole'))
    })()
  }, [t])

  async function confirm(event: React.FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const res = await fetch('/api/users/two-factor/enable', { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }) })
      const body = await res.json().catch(() => null)
      if (!res.ok) return void setError(body?.errors?.[0]?.message ?? tr(t, 'twoFactorWrong'))
      toast.success(body.message)
      setCodes(body.recoveryCodes as string[])
    } finally {
      setBusy(false)
    }
  }

  // the breadcrumb names this page, not the one before it
  const nav = <SetStepNav nav={[{ label: tr(t, 'twoFactorTurnOn') }]} />

  if (codes)
    return (
      <section aria-labelledby="recovery-codes-title">
        {nav}
        <h2 id="recovery-codes-title">{tr(t, 'enrolCodesTitle')}</h2>
        <p>{tr(t, 'enrolCodesIntro')}</p>
        <ol className="recovery-codes" style={{ fontFamily: 'monospace', fontSize: '1.1rem', columns: 2, margin: '0 0 1.5rem' }}>
          {codes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ol>
        <Button el="link" url="/admin/account" buttonStyle="primary" margin={false}>
          {tr(t, 'enrolDone')}
        </Button>
      </section>
    )

  return (
    <>
      {nav}
      <p>{tr(t, 'enrolIntro')}</p>
      {error && (
        <p role="alert" className="two-factor-setup__error" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
      {setup && (
        <form onSubmit={confirm}>
          {/* the server's SVG of the otpauth address: paths only */}
          <div className="two-factor-setup__qr" role="img" aria-label={tr(t, 'enrolQr')} style={{ width: 220, height: 220, background: '#fff', padding: 8 }} dangerouslySetInnerHTML={{ __html: setup.qr }} />
          <p>
            {tr(t, 'enrolSecret')}: <code className="two-factor-setup__secret" style={{ wordBreak: 'break-all' }}>{setup.secret}</code>
          </p>
          <div className="field-type text" style={{ maxWidth: '16rem' }}>
            <label className="field-label" htmlFor="field-totp-code">
              {tr(t, 'enrolCode')}
            </label>
            <div className="field-type__wrap">
              <input id="field-totp-code" name="code" type="text" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]{6,7}" required value={code} onChange={(e) => setCode(e.target.value)} />
            </div>
          </div>
          <Button type="submit" buttonStyle="primary" disabled={busy}>
            {tr(t, 'enrolConfirm')}
          </Button>
        </form>
      )}
    </>
  )
}
