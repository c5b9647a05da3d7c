'use client'
import { useTranslation } from '@payloadcms/ui'
import React from 'react'
import { formatDateTimeVN } from '../../lib/format/dates'
import { stateLabel } from '../../lib/workflow/states'
import { actionLabel } from '../../lib/workflow/transitions'
import { languageOf, tr } from '../../i18n/translations'
import { useWorkflowPanel } from './useWorkflowPanel'

/** The report's workflow history, newest first: who did what, when, and what they said (read when its tab opens). */
export function WorkflowTimeline() {
  const { id, panel } = useWorkflowPanel()
  const { i18n, t } = useTranslation()
  const lang = languageOf(i18n)
  if (!id) return null
  const docs = panel?.history
  return (
    <section className="workflow-timeline" aria-label={tr(t, 'workflowHistory')} aria-busy={panel === undefined} style={{ marginBottom: '1.5rem' }}>
      <h4 style={{ margin: '0 0 0.5rem' }}>{tr(t, 'workflowHistory')}</h4>
      {panel === undefined ? (
        <p>{tr(t, 'workflowHistoryLoading')}</p>
      ) : !docs ? (
        <p>{tr(t, 'workflowHistoryFailed')}</p>
      ) : docs.length === 0 ? (
        <p>{tr(t, 'workflowHistoryNone')}</p>
      ) : (
        <ol style={{ listStyle: 'none', margin: 0, padding: 0, borderLeft: '2px solid var(--theme-elevation-150)' }}>
          {docs.map((entry) => (
            <li key={entry.id} style={{ padding: '0 0 0.75rem 1rem', position: 'relative' }}>
              <div>
                <strong>{actionLabel(entry.action, lang)}</strong>: {stateLabel(entry.from ?? '', lang)} → {stateLabel(entry.to ?? '', lang)}
              </div>
              <div style={{ fontSize: '0.85rem', opacity: 0.8 }}>
                {entry.userName ?? tr(t, 'workflowSystem')} · {formatDateTimeVN(entry.createdAt)}
                {entry.scheduledAt ? ` · ${tr(t, 'workflowScheduledAt', { at: formatDateTimeVN(entry.scheduledAt) })}` : ''}
              </div>
              {entry.comment && <blockquote style={{ margin: '0.25rem 0 0', fontStyle: 'italic' }}>{entry.comment}</blockquote>}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
