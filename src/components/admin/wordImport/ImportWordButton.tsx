'use client'
import { Button, toast, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useRef, useState } from 'react'
import { tr } from '../../../i18n/translations'
import type { WordOutcome } from '../../../import/importWord'

type Unit = { id: number | string; name: string }

/**
 * Choose or drop .docx files; each becomes a draft report (POST /api/reports/import-word). One
 * draft opens in the editor; several are listed with links and what was recognised in each.
 */
export function ImportWordButton({ units, adminRoute }: { units: Unit[]; adminRoute: string }) {
  const { t } = useTranslation()
  const router = useRouter()
  const input = useRef<HTMLInputElement>(null)
  const [unit, setUnit] = useState('')
  const [busy, setBusy] = useState(0)
  const [over, setOver] = useState(false)
  const [results, setResults] = useState<WordOutcome[] | null>(null)
  const editPath = (id: number | string) => `${adminRoute}/collections/reports/${id}`

  async function send(files: File[]) {
    if (!files.length) return
    setBusy(files.length)
    setResults(null)
    try {
      const body = new FormData()
      for (const file of files) body.append('files', file)
      if (unit) body.append('unit', unit)
      const response = await fetch('/api/reports/import-word', { method: 'POST', body, credentials: 'include' })
      const answer = (await response.json().catch(() => ({}))) as { results?: WordOutcome[]; errors?: { message: string }[] }
      const list = answer.results ?? [{ action: 'failed' as const, file: files[0].name, reason: answer.errors?.[0]?.message ?? `HTTP ${response.status}`, code: 'http', status: response.status }]
      const made = list.filter((r) => r.action === 'created')
      if (made.length === 1 && list.length === 1) {
        toast.success(tr(t, 'wordImportDone', { count: 1 }))
        router.push(editPath(made[0].id))
        return
      }
      setResults(list)
    } catch {
      setResults([{ action: 'failed', file: files[0].name, reason: tr(t, 'wordImportNetwork'), code: 'network', status: 0 }])
    } finally {
      setBusy(0)
      if (input.current) input.current.value = ''
    }
  }

  return (
    <section
      className="import-word"
      style={{ margin: '0 0 1.5rem', padding: '0.75rem 1rem', border: `1px dashed var(--theme-elevation-${over ? 400 : 150})`, borderRadius: 'var(--style-radius-m, 4px)', background: over ? 'var(--theme-elevation-50)' : undefined }}
      aria-label={tr(t, 'wordImport')}
      onDragOver={(e) => {
        e.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault()
        setOver(false)
        void send(Array.from(e.dataTransfer.files))
      }}
    >
      <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <Button buttonStyle="secondary" size="medium" disabled={busy > 0} onClick={() => input.current?.click()}>
          {busy ? tr(t, 'wordImportBusy', { count: busy }) : tr(t, 'wordImport')}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          multiple
          hidden
          aria-label={tr(t, 'wordImportChoose')}
          onChange={(e) => void send(Array.from(e.currentTarget.files ?? []))}
        />
        {units.length > 1 && (
          <label>
            {tr(t, 'wordImportUnit')}{' '}
            <select value={unit} onChange={(e) => setUnit(e.currentTarget.value)}>
              <option value="">{tr(t, 'wordImportUnitAuto')}</option>
              {units.map((u) => (
                <option key={u.id} value={String(u.id)}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <span style={{ color: 'var(--theme-elevation-650)' }}>{tr(t, 'wordImportHint')}</span>
      </div>
      {results && (
        <ul className="import-word__results" aria-live="polite" style={{ margin: '0.75rem 0 0' }}>
          {results.map((r, i) => (
            <li key={i}>
              {r.action === 'created' ? (
                <>
                  <a href={editPath(r.id)}>{r.title}</a> ({r.file}) — {tr(t, 'wordImportRecognised')}: {r.summary.recognised.join('; ')}
                  {r.summary.toCheck.length > 0 && (
                    <>
                      . {tr(t, 'wordImportToCheck')}: {r.summary.toCheck.join(' ')}
                    </>
                  )}
                </>
              ) : (
                <span role="alert" style={{ color: 'var(--theme-error-500)' }}>
                  {tr(t, 'wordImportFailed')} {r.file}: {r.reason}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
