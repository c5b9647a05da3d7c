import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import React from 'react'

type FrameProps = Pick<AdminViewServerProps, 'initPageResult' | 'params' | 'searchParams'> & { children: React.ReactNode }

/** Payload's admin frame (navigation, header, the user's permissions) around one of our own views. */
export function AdminViewFrame({ initPageResult, params, searchParams, children }: FrameProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  return (
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={req.payload} permissions={permissions} searchParams={searchParams} user={req.user ?? undefined} visibleEntities={visibleEntities} req={req}>
      <Gutter>{children}</Gutter>
    </DefaultTemplate>
  )
}
