'use client'
import { useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'
import { tr } from '../../i18n/translations'

/** A returned report opens on its content with the editor's comment above it, where the writer starts. */
export function ReturnedNotice() {
  // one selector per value, so typing in the form does not redraw the notice
  const { t } = useTranslation()
  const comment = useFormFields(([fields]) => fields.returnedComment?.value as string | undefined)
  const state = useFormFields(([fields]) => fields.workflowState?.value as string | undefined)
  if (!comment || state !== 'draft') return null
  return (
    <div
      className="returned-notice"
      role="note"
      style={{ margin: '0 0 1.5rem', padding: '0.75rem 1rem', borderLeft: '4px solid var(--theme-warning-500, #b26a00)', background: 'var(--theme-elevation-50)' }}
    >
      <strong>{tr(t, 'returnedNotice')}</strong> {tr(t, 'returnedComment', { comment })}
    </div>
  )
}
