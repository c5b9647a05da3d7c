'use client'
import { Button, toast, useSelection, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'
import type { BulkResult } from '../../../collections/Reports/workflow/bulkWorkflowEndpoint'
import { actionLabel } from '../../lib/workflow/transitions'
import { languageOf, tr } from '../../i18n/translations'

const ACTIONS = ['forward', 'publish', 'unpublish', 'return'] as const

/**
 * Above the reports list, for the selected reports: the workflow's steps in bulk (Payload's own
 * bulk publish went around the workflow), with what happened to each report.
 */
export function BulkWorkflow() {
  const { count, getSelectedIds } = useSelection()
  const router = useRouter()
  const { i18n, t } = useTranslation()
  const [comment, setComment] = useState('')
  const [returning, setReturning] = useState(false)
  const [busy, setBusy] = useState(false)
  const [results, setResults] = useState<BulkResult[] | null>(null)
  if (!count && !results) return null

  async function run(action: (typeof ACTIONS)[number]) {
    setBusy(true)
    try {
      const res = await fetch('/api/reports/workflow-bulk', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ids: getSelectedIds(), action, comment: action === 'return' ? comment : undefined }),
      })
      const body = await res.json().catch(() => null)
      if (!res.ok) return void toast.error(body?.errors?.[0]?.message ?? tr(t, 'actionFailed'))
      setResults(body.results)
      toast.success(body.message)
      setReturning(false)
      setComment('')
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  const label = (action: string) => actionLabel(action, languageOf(i18n))
  return (
    <section className="bulk-workflow" aria-label={tr(t, 'bulkRegion')} style={{ margin: '0 0 1rem', display: 'flex', flexDirection: 'column', gap: '0.5rem' }}>
      {count > 0 && (
        <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', alignItems: 'center' }}>
          <span>{tr(t, 'bulkSelected', { count })}</span>
          {ACTIONS.filter((a) => a !== 'return').map((action) => (
            <Button key={action} buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => run(action)}>
              {label(action)}
            </Button>
          ))}
          <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => setReturning(!returning)}>
            {label('return')}
          </Button>
        </div>
      )}
      {returning && count > 0 && (
        <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap' }}>
          <textarea
            aria-label={tr(t, 'commentForAuthor')}
            placeholder={tr(t, 'bulkCommentPlaceholder')}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            rows={2}
            style={{ flex: 1, minWidth: '16rem' }}
          />
          <Button buttonStyle="primary" size="small" margin={false} disabled={busy || !comment.trim()} onClick={() => run('return')}>
            {tr(t, 'bulkReturn', { count })}
          </Button>
        </div>
      )}
      {results && (
        <ul className="bulk-workflow__results" aria-label={tr(t, 'bulkResults')} style={{ margin: 0, paddingLeft: '1.25rem' }}>
          {results.map((r) => (
            <li key={r.id} style={{ color: r.ok ? 'var(--theme-success-700, #1b5e20)' : 'var(--theme-error-700, #8e0000)' }}>
              {r.title ?? `#${r.id}`}: {r.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
