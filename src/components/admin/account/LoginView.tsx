import type { AdminViewServerProps } from 'payload'
import { redirect } from 'next/navigation'
import { getSafeRedirect } from 'payload/shared'
import React from 'react'
import { Logo } from '../Logo'
import { TwoStepLoginForm } from './TwoStepLoginForm'

/**
 * /admin/login in place of Payload's: the same page, with a second step asking for the
 * two-factor code when the account has one (Payload's form sends only e-mail and password).
 */
export function LoginView({ initPageResult, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  const redirectTo = getSafeRedirect({ fallbackTo: adminRoute, redirectTo: typeof searchParams?.redirect === 'string' ? searchParams.redirect : '' })
  if (req.user) redirect(redirectTo)
  return (
    <>
      <div className="login__brand">
        <Logo i18n={req.i18n} />
      </div>
      <TwoStepLoginForm redirectTo={redirectTo} forgotHref={`${adminRoute}${req.payload.config.admin.routes.forgot}`} />
    </>
  )
}
