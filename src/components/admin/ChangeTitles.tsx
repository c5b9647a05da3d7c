'use client'
import { Button, toast, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'
import { heldOn, type Position } from '../../lib/officials/titlesAtDate'
import { tr } from '../../i18n/translations'

type Row = Position & { id?: string }

/** "Thay đổi chức danh": on one date, end some current posts and start new ones. */
export function ChangeTitles() {
  const { id } = useDocumentInfo()
  const { t } = useTranslation()
  const positions = useFormFields(([fields]) => {
    const rows: Row[] = []
    for (const [path, field] of Object.entries(fields)) {
      const match = /^positions\.(\d+)\.(id|title|start|end)$/.exec(path)
      if (match) ((rows[Number(match[1])] ??= { title: '' }) as Record<string, unknown>)[match[2]] = field?.value
    }
    return rows.filter(Boolean)
  })
  const [open, setOpen] = useState(false)
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10))
  const [ending, setEnding] = useState<string[]>([])
  const [starting, setStarting] = useState('')
  const [busy, setBusy] = useState(false)
  if (!id) return null
  const current = positions.filter((p) => p.id && heldOn(p, date))

  async function submit() {
    setBusy(true)
    try {
      const res = await fetch(`/api/officials/${id}/change-titles`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          date: `${date}T00:00:00+07:00`,
          end: ending,
          start: starting
            .split('\n')
            .map((t) => t.trim())
            .filter(Boolean)
            .map((title) => ({ title })),
        }),
      })
      const body = await res.json()
      if (!res.ok) {
        const details = body?.errors?.[0]?.data?.errors?.map((e: { message: string }) => e.message).join(' ') ?? body?.errors?.[0]?.message
        toast.error(details || tr(t, 'changeTitlesFailed'))
        return
      }
      toast.success(body.message)
      window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="change-titles" style={{ marginBottom: '1.5rem' }}>
      <Button buttonStyle="secondary" size="medium" onClick={() => setOpen(!open)}>
        {tr(t, 'changeTitles')}
      </Button>
      {open && (
        <div style={{ display: 'grid', gap: '0.75rem', marginTop: '0.75rem', maxWidth: '40rem' }}>
          <label>
            {tr(t, 'changeTitlesDate')} <input type="date" name="changeDate" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <fieldset>
            <legend>{tr(t, 'changeTitlesEnding')}</legend>
            {current.length === 0 && <p>{tr(t, 'changeTitlesNoneHeld')}</p>}
            {current.map((p) => (
              <label key={p.id} style={{ display: 'block' }}>
                <input type="checkbox" checked={ending.includes(p.id!)} onChange={(e) => setEnding(e.target.checked ? [...ending, p.id!] : ending.filter((x) => x !== p.id))} />{' '}
                {p.title}
              </label>
            ))}
          </fieldset>
          <label>
            {tr(t, 'changeTitlesNew')}
            <textarea name="newTitles" rows={3} value={starting} onChange={(e) => setStarting(e.target.value)} style={{ width: '100%' }} />
          </label>
          <div>
            <Button buttonStyle="primary" size="medium" disabled={busy} onClick={submit}>
              {tr(t, 'changeTitlesApply')}
            </Button>
          </div>
        </div>
      )}
    </section>
  )
}
