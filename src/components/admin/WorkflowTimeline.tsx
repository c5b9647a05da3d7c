'use client'
import React from 'react'
import { formatDateTimeVN } from '../../lib/format/dates'
import { stateLabel } from '../../lib/workflow/states'
import { actionLabel } from '../../lib/workflow/transitions'
import { useWorkflowPanel } from './useWorkflowPanel'

/** The report's workflow history, newest first: who did what, when, and what they said (read when its tab opens). */
export function WorkflowTimeline() {
  const { id, panel } = useWorkflowPanel()
  if (!id) return null
  const docs = panel?.history
  return (
    <section className="workflow-timeline" aria-label="Lịch sử quy trình" aria-busy={panel === undefined} style={{ marginBottom: '1.5rem' }}>
      <h4 style={{ margin: '0 0 0.5rem' }}>Lịch sử quy trình</h4>
      {panel === undefined ? (
        <p>Đang tải lịch sử…</p>
      ) : !docs ? (
        <p>Không tải được lịch sử quy trình.</p>
      ) : docs.length === 0 ? (
        <p>Chưa có bước nào.</p>
      ) : (
        <ol style={{ listStyle: 'none', margin: 0, padding: 0, borderLeft: '2px solid var(--theme-elevation-150)' }}>
          {docs.map((entry) => (
            <li key={entry.id} style={{ padding: '0 0 0.75rem 1rem', position: 'relative' }}>
              <div>
                <strong>{actionLabel(entry.action)}</strong>: {stateLabel(entry.from ?? '')} → {stateLabel(entry.to ?? '')}
              </div>
              <div style={{ fontSize: '0.85rem', opacity: 0.8 }}>
                {entry.userName ?? 'Hệ thống'} · {formatDateTimeVN(entry.createdAt)}
                {entry.scheduledAt ? ` · hẹn ${formatDateTimeVN(entry.scheduledAt)}` : ''}
              </div>
              {entry.comment && <blockquote style={{ margin: '0.25rem 0 0', fontStyle: 'italic' }}>{entry.comment}</blockquote>}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
