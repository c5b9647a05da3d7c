'use client'
import { Button, toast, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'
import { tr } from '../../i18n/translations'

type Preview = { keep: { fullName: string }; remove: { id: string | number; fullName: string }; positions: { title: string }[]; reports: { id: string | number; title: string }[] }

/** Merge a duplicate record of this person into this one: preview first, then confirm. */
export function MergeOfficial() {
  const { id } = useDocumentInfo()
  const { t } = useTranslation()
  const [from, setFrom] = useState('')
  const [preview, setPreview] = useState<Preview | null>(null)
  if (!id) return null

  async function call(method: 'GET' | 'POST') {
    const url = method === 'GET' ? `/api/officials/${id}/merge-preview?from=${encodeURIComponent(from)}` : `/api/officials/${id}/merge`
    const res = await fetch(url, {
      method,
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: method === 'POST' ? JSON.stringify({ from }) : undefined,
    })
    const body = await res.json()
    if (!res.ok) {
      toast.error(body?.errors?.[0]?.message ?? tr(t, 'actionFailed'))
      return null
    }
    return body
  }

  return (
    <section className="merge-official" style={{ marginBottom: '1.5rem' }}>
      <h4 style={{ margin: '0 0 0.5rem' }}>{tr(t, 'mergeTitle')}</h4>
      <p style={{ fontSize: '0.85rem' }}>{tr(t, 'mergeWarning')}</p>
      <label>
        {tr(t, 'mergeFrom')}{' '}
        <input
          name="mergeFrom"
          value={from}
          onChange={(e) => {
            setFrom(e.target.value)
            setPreview(null)
          }}
        />
      </label>{' '}
      <Button buttonStyle="secondary" size="small" disabled={!from} onClick={async () => setPreview(await call('GET'))}>
        {tr(t, 'mergePreview')}
      </Button>
      {preview && (
        <div role="region" aria-label={tr(t, 'mergePreviewRegion')}>
          <p>{tr(t, 'mergeSummary', { remove: preview.remove.fullName, id: String(preview.remove.id), keep: preview.keep.fullName })}</p>
          <ul>
            {preview.positions.map((p, i) => (
              <li key={i}>{p.title}</li>
            ))}
          </ul>
          <p>{tr(t, 'mergeReports', { count: preview.reports.length })}</p>
          <Button
            buttonStyle="primary"
            size="small"
            onClick={async () => {
              const done = await call('POST')
              if (done) {
                toast.success(done.message)
                window.location.reload()
              }
            }}
          >
            {tr(t, 'mergeConfirm')}
          </Button>
        </div>
      )}
    </section>
  )
}
