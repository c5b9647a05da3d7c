'use client'
import { useFormFields } from '@payloadcms/ui'
import React from 'react'
import { formatDateTimeVN } from '../../lib/format/dates'
import { stateLabel } from '../../lib/workflow/states'

/**
 * The report's state in the header, in the workflow's words and once (Payload's own status
 * speaks of drafts and versions, which contradicted "Chờ biên tập" beside it).
 */
export function WorkflowStatus() {
  // one selector per value, so typing elsewhere in the form does not redraw the status
  const state = useFormFields(([fields]) => (fields.workflowState?.value as string | undefined) ?? 'draft')
  const scheduledAction = useFormFields(([fields]) => fields.scheduledAction?.value as string | undefined)
  const scheduledAt = useFormFields(([fields]) => fields.scheduledAt?.value as string | undefined)
  const schedule = scheduledAction && scheduledAt ? ` · hẹn ${scheduledAction === 'publish' ? 'xuất bản' : 'gỡ'} lúc ${formatDateTimeVN(scheduledAt)}` : ''
  return (
    <div className="status workflow-status">
      <div className="status__value-wrap">
        <span className="status__label">Trạng thái: </span>
        <span className="status__value">
          {stateLabel(state)}
          {schedule}
        </span>
      </div>
    </div>
  )
}
