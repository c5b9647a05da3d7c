import type { Payload } from 'payload'
import React from 'react'
import { readWorkflowHistory } from '../../data/workflowHistory'
import { formatDateTimeVN } from '../../lib/format/dates'
import { stateLabel } from '../../lib/workflow/states'
import { actionLabel } from '../../lib/workflow/transitions'

/** The report's workflow history, newest first: who did what, when, and what they said. */
export async function WorkflowTimeline({ id, payload, req }: { id?: number | string; payload: Payload; req: Parameters<Payload['find']>[0]['req'] }) {
  if (!id) return null
  const docs = await readWorkflowHistory(payload, id, req?.user)
  return (
    <section className="workflow-timeline" aria-label="Lịch sử quy trình" style={{ marginBottom: '1.5rem' }}>
      <h4 style={{ margin: '0 0 0.5rem' }}>Lịch sử quy trình</h4>
      {docs.length === 0 ? (
        <p>Chưa có bước nào.</p>
      ) : (
        <ol style={{ listStyle: 'none', margin: 0, padding: 0, borderLeft: '2px solid var(--theme-elevation-150)' }}>
          {docs.map((entry) => (
            <li key={entry.id} style={{ padding: '0 0 0.75rem 1rem', position: 'relative' }}>
              <div>
                <strong>{actionLabel(entry.action)}</strong>: {stateLabel(entry.from ?? '')} → {stateLabel(entry.to ?? '')}
              </div>
              <div style={{ fontSize: '0.85rem', opacity: 0.8 }}>
                {typeof entry.user === 'object' && entry.user ? entry.user.name : 'Hệ thống'} · {formatDateTimeVN(entry.createdAt)}
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
