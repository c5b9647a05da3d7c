'use client'
import { Button, toast, useDocumentInfo } from '@payloadcms/ui'
import React, { useState } from 'react'

type Preview = { keep: { fullName: string }; remove: { id: string | number; fullName: string }; positions: { title: string }[]; reports: { id: string | number; title: string }[] }

/** Merge a duplicate record of this person into this one: preview first, then confirm. */
export function MergeOfficial() {
  const { id } = useDocumentInfo()
  const [from, setFrom] = useState('')
  const [preview, setPreview] = useState<Preview | null>(null)
  if (!id) return null

  async function call(method: 'GET' | 'POST') {
    const url = method === 'GET' ? `/api/officials/${id}/merge-preview?from=${encodeURIComponent(from)}` : `/api/officials/${id}/merge`
    const res = await fetch(url, { method, credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: method === 'POST' ? JSON.stringify({ from }) : undefined })
    const body = await res.json()
    if (!res.ok) {
      toast.error(body?.errors?.[0]?.message ?? 'Không thực hiện được.')
      return null
    }
    return body
  }

  return (
    <section className="merge-official" style={{ marginBottom: '1.5rem' }}>
      <h4 style={{ margin: '0 0 0.5rem' }}>Gộp hồ sơ trùng</h4>
      <p style={{ fontSize: '0.85rem' }}>Chỉ gộp khi chắc chắn là cùng một người: trùng tên chưa đủ.</p>
      <label>
        Mã hồ sơ trùng <input name="mergeFrom" value={from} onChange={(e) => { setFrom(e.target.value); setPreview(null) }} />
      </label>{' '}
      <Button buttonStyle="secondary" size="small" disabled={!from} onClick={async () => setPreview(await call('GET'))}>
        Xem trước
      </Button>
      {preview && (
        <div role="region" aria-label="Xem trước khi gộp">
          <p>
            Gộp “{preview.remove.fullName}” (mã {String(preview.remove.id)}) vào “{preview.keep.fullName}”. Chức vụ sau khi gộp:
          </p>
          <ul>{preview.positions.map((p, i) => <li key={i}>{p.title}</li>)}</ul>
          <p>{preview.reports.length} tin bài sẽ được trỏ sang hồ sơ này; hồ sơ cũ giữ lại để đường dẫn cũ vẫn dẫn đúng người.</p>
          <Button buttonStyle="primary" size="small" onClick={async () => { const done = await call('POST'); if (done) { toast.success(done.message); window.location.reload() } }}>
            Gộp
          </Button>
        </div>
      )}
    </section>
  )
}
