'use client'
import { useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'
import { formatDateTimeVN } from '../../lib/format/dates'
import { stateLabel } from '../../lib/workflow/states'
import { languageOf, tr } from '../../i18n/translations'

/**
 * The report's state in the header, in the workflow's words and once (Payload's own status
 * speaks of drafts and versions, which contradicted "Chờ biên tập" beside it).
 */
export function WorkflowStatus() {
  // one selector per value, so typing elsewhere in the form does not redraw the status
  const state = useFormFields(([fields]) => (fields.workflowState?.value as string | undefined) ?? 'draft')
  const scheduledAction = useFormFields(([fields]) => fields.scheduledAction?.value as string | undefined)
  const scheduledAt = useFormFields(([fields]) => fields.scheduledAt?.value as string | undefined)
  const { i18n, t } = useTranslation()
  const schedule =
    scheduledAction && scheduledAt
      ? ` · ${tr(t, scheduledAction === 'publish' ? 'workflowScheduledPublish' : 'workflowScheduledUnpublish', { at: formatDateTimeVN(scheduledAt) })}`
      : ''
  return (
    <div className="status workflow-status">
      <div className="status__value-wrap">
        <span className="status__label">{tr(t, 'workflowStatus')} </span>
        <span className="status__value">
          {stateLabel(state, languageOf(i18n))}
          {schedule}
        </span>
      </div>
    </div>
  )
}
