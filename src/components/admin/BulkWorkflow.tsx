'use client'
import { Button, toast, useSelection } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'
import type { BulkResult } from '../../../collections/Reports/workflow/bulkWorkflowEndpoint'
import { WORKFLOW_RULES } from '../../lib/workflow/transitions'

const ACTIONS = ['forward', 'publish', 'unpublish', 'return'] as const

/**
 * Above the reports list, for the selected reports: the workflow's steps in bulk (Payload's own
 * bulk publish went around the workflow), with what happened to each report.
 */
export function BulkWorkflow() {
  const { count, getSelectedIds } = useSelection()
  const router = useRouter()
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
      if (!res.ok) return void toast.error(body?.errors?.[0]?.message ?? 'Không thực hiện được.')
      setResults(body.results)
      toast.success(body.message)
      setReturning(false)
      setComment('')
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  const label = (action: string) => WORKFLOW_RULES.find((r) => r.action === action)!.vi
  return (
    <section className="bulk-workflow" aria-label="Thao tác quy trình cho các tin bài đã chọn" style={{ margin: '0 0 1rem', display: 'flex', flexDirection: 'column', gap: '0.5rem' }}>
      {count > 0 && (
        <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', alignItems: 'center' }}>
          <span>Đã chọn {count} tin bài:</span>
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
          <textarea aria-label="Nhận xét cho tác giả" placeholder="Nhận xét cho tác giả (gửi kèm mọi bài được trả lại)" value={comment} onChange={(e) => setComment(e.target.value)} rows={2} style={{ flex: 1, minWidth: '16rem' }} />
          <Button buttonStyle="primary" size="small" margin={false} disabled={busy || !comment.trim()} onClick={() => run('return')}>
            Trả lại {count} tin bài
          </Button>
        </div>
      )}
      {results && (
        <ul className="bulk-workflow__results" aria-label="Kết quả" style={{ margin: 0, paddingLeft: '1.25rem' }}>
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
