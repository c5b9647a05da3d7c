'use client'
import { Button, useTranslation } from '@payloadcms/ui'
import React, { useRef, useState } from 'react'
import { tr } from '../../../i18n/translations'

type Failure = { message?: string; data?: { twoFactor?: 'required' | 'wrong' } }

/**
 * E-mail and password, then, for an account with two-factor sign-in, the code (or a recovery
 * code) in the same form: the server answers "Cần mã xác thực hai bước" and the form asks for it.
 * Field markup and classes are Payload's, so the page looks as before.
 */
export function TwoStepLoginForm({ redirectTo, forgotHref }: { redirectTo: string; forgotHref: string }) {
  const { t, i18n } = useTranslation()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [code, setCode] = useState('')
  const [needsCode, setNeedsCode] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const codeInput = useRef<HTMLInputElement>(null)

  async function submit(event: React.FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const res = await fetch('/api/users/login', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
        body: JSON.stringify({ email, password, ...(needsCode && code.trim() ? { totp: code.trim() } : {}) }),
      })
      if (res.ok) {
        window.location.assign(redirectTo)
        return
      }
      const failure = ((await res.json().catch(() => null)) as { errors?: Failure[] } | null)?.errors?.[0]
      if (failure?.data?.twoFactor) {
        setNeedsCode(true)
        setCode('')
        setTimeout(() => codeInput.current?.focus(), 0)
        // the first time, asking is enough; afterwards the code was wrong
        if (failure.data.twoFactor === 'required' && !needsCode) return
      }
      setError(failure?.message ?? tr(t, 'loginFailed'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="login__form" onSubmit={submit}>
      <div className="login__form__inputWrap">
        <div className="field-type email">
          <label className="field-label" htmlFor="field-email">
            {t('general:email')}
            <span className="required">*</span>
          </label>
          <div className="field-type__wrap">
            <input id="field-email" name="email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} readOnly={needsCode} />
          </div>
        </div>
        <div className="field-type password">
          <label className="field-label" htmlFor="field-password">
            {t('general:password')}
            <span className="required">*</span>
          </label>
          <div className="field-type__wrap">
            <input id="field-password" name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} readOnly={needsCode} />
          </div>
        </div>
        {needsCode && (
          <div className="field-type text">
            <label className="field-label" htmlFor="field-totp">
              {tr(t, 'loginCode')}
              <span className="required">*</span>
            </label>
            <div className="field-type__wrap">
              <input ref={codeInput} id="field-totp" name="totp" type="text" inputMode="text" autoComplete="one-time-code" required value={code} onChange={(e) => setCode(e.target.value)} aria-describedby="field-totp-hint" />
            </div>
            <p id="field-totp-hint" className="field-description">
              {tr(t, 'loginCodeHint')}
            </p>
          </div>
        )}
      </div>
      {error && (
        <p role="alert" className="login__error" style={{ color: 'var(--theme-error-500)', margin: 0 }}>
          {error}
        </p>
      )}
      <a href={forgotHref}>{t('authentication:forgotPasswordQuestion')}</a>
      <div className="form-submit">
        <Button type="submit" size="large" disabled={busy} extraButtonProps={{ style: { width: '100%' } }}>
          {t('authentication:login')}
        </Button>
      </div>
    </form>
  )
}
