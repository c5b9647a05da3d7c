'use client'
import { Button, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'
import { summaryLine, type OutcomeLike, type Say } from '../../lib/import/outcomes'
import { ImportResultsTable } from './ImportResultsTable'
import { tr, type CustomKey } from '../../i18n/translations'

export type RunView = {
  id: number | string
  label?: string | null
  state?: 'queued' | 'running' | 'done' | 'failed' | null
  dryRun?: boolean | null
  total?: number | null
  done?: number | null
  created?: number | null
  updated?: number | null
  unchanged?: number | null
  failed?: number | null
  results?: OutcomeLike[] | null
  error?: string | null
  createdAt?: string
}

const STATE: Record<string, CustomKey> = { queued: 'importStateQueued', running: 'importStateRunning', done: 'importStateDone', failed: 'importStateFailed' }
const control: React.CSSProperties = {
  padding: '0.5rem 0.75rem',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-s, 3px)',
  background: 'var(--theme-input-bg, var(--theme-elevation-0))',
  color: 'var(--theme-text)',
  font: 'inherit',
  minWidth: '22rem',
}
const labelText: React.CSSProperties = { fontWeight: 600, marginBottom: '0.35rem' }

/** The upload form, then the run's progress (polled each second) and its summary. */
export function ImportForm({ units, runs }: { units: { id: number | string; name: string }[]; runs: RunView[] }) {
  const { t } = useTranslation()
  const say: Say = (key, vars) => tr(t, key, vars)
  const [run, setRun] = useState<RunView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [chosen, setChosen] = useState<string[]>([])

  useEffect(() => {
    if (!run || run.state === 'done' || run.state === 'failed') return
    const timer = setTimeout(async () => {
      const response = await fetch(`/api/import-runs/${run.id}?depth=0`, { credentials: 'include' })
      if (response.ok) setRun(await response.json())
    }, 1000)
    return () => clearTimeout(timer)
  }, [run])

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const response = await fetch('/api/import-runs/start', { method: 'POST', body: new FormData(event.currentTarget), credentials: 'include' })
      const body = await response.json().catch(() => ({}))
      if (!response.ok) setError(body?.errors?.[0]?.message ?? tr(t, 'importError', { status: response.status }))
      else setRun(body.doc)
    } catch {
      setError(tr(t, 'importNetwork'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <form onSubmit={submit} style={{ display: 'grid', gap: '1rem', margin: '1.5rem 0' }}>
        <div>
          <div style={labelText}>{tr(t, 'importFiles')}</div>
          {/* the browser's own file button speaks the browser's language: ours speaks Vietnamese */}
          <label style={{ ...control, display: 'inline-flex', gap: '0.75rem', alignItems: 'center', cursor: 'pointer' }}>
            <input
              type="file"
              name="files"
              multiple
              accept=".txt,.html,.htm,.zip"
              required
              style={{ position: 'absolute', width: 1, height: 1, opacity: 0 }}
              onChange={(e) => setChosen(Array.from(e.currentTarget.files ?? []).map((f) => f.name))}
            />
            <strong>{tr(t, 'importChoose')}</strong>
            <span>
              {chosen.length === 0
                ? tr(t, 'importNoneChosen')
                : chosen.length === 1
                  ? chosen[0]
                  : tr(t, 'importChosen', { count: chosen.length, names: `${chosen.slice(0, 3).join(', ')}${chosen.length > 3 ? '…' : ''}` })}
            </span>
          </label>
        </div>
        <label>
          <div style={labelText}>{tr(t, 'importAs')}</div>
          <select name="status" defaultValue="draft" style={control}>
            <option value="draft">{tr(t, 'importAsDraft')}</option>
            <option value="published">{tr(t, 'importAsPublished')}</option>
          </select>
        </label>
        <label>
          <div style={labelText}>{tr(t, 'importUnit')}</div>
          <select name="unit" defaultValue="" style={control}>
            <option value="">{tr(t, 'importUnitAuto')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
          <input type="checkbox" name="dryRun" value="true" /> {tr(t, 'importDryRun')}
        </label>
        <div>
          <Button type="submit" buttonStyle="primary" size="medium" disabled={busy}>
            {tr(t, busy ? 'importUploading' : 'importSubmit')}
          </Button>
        </div>
        {error && (
          <p role="alert" style={{ color: 'var(--theme-error-650)' }}>
            {error}
          </p>
        )}
      </form>
      {run && <RunProgress run={run} />}
      {runs.length > 0 && (
        <section style={{ marginTop: '2rem' }}>
          <h2>{tr(t, 'importRecent')}</h2>
          <ul>
            {runs.map((r) => (
              <li key={r.id}>
                <a href={`/admin/collections/import-runs/${r.id}`}>{r.label}</a> — {tr(t, STATE[r.state ?? 'queued'])}, {summaryLine(r, Boolean(r.dryRun), say)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}

function RunProgress({ run }: { run: RunView }) {
  const { t } = useTranslation()
  const say: Say = (key, vars) => tr(t, key, vars)
  return (
    <section aria-live="polite" className="import-run">
      <h2>
        {run.label}: {tr(t, STATE[run.state ?? 'queued'])}
      </h2>
      <progress value={run.done ?? 0} max={run.total ?? 1} style={{ width: '100%' }} />
      <p>
        {tr(t, 'importProgress', { done: run.done ?? 0, total: run.total ?? 0 })} {run.state === 'done' && summaryLine(run, Boolean(run.dryRun), say)}
      </p>
      {run.error && <p role="alert">{tr(t, 'importStopped', { error: run.error })}</p>}
      {run.results?.length ? <ImportResultsTable results={run.results} /> : null}
    </section>
  )
}
