'use client'
import { Button } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'
import { outcomeRow, summaryLine, type OutcomeLike } from '../../lib/import/outcomes'

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

const STATE: Record<string, string> = { queued: 'Đang chờ', running: 'Đang nhập', done: 'Xong', failed: 'Thất bại' }
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
      if (!response.ok) setError(body?.errors?.[0]?.message ?? `Lỗi ${response.status}`)
      else setRun(body.doc)
    } catch {
      setError('Không gửi được tệp lên máy chủ.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <form onSubmit={submit} style={{ display: 'grid', gap: '1rem', margin: '1.5rem 0' }}>
        <div>
          <div style={labelText}>Tệp trang cũ (.txt, .html, .zip)</div>
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
            <strong>Chọn tệp…</strong>
            <span>{chosen.length === 0 ? 'Chưa chọn tệp nào' : chosen.length === 1 ? chosen[0] : `${chosen.length} tệp: ${chosen.slice(0, 3).join(', ')}${chosen.length > 3 ? '…' : ''}`}</span>
          </label>
        </div>
        <label>
          <div style={labelText}>Nhập thành</div>
          <select name="status" defaultValue="draft" style={control}>
            <option value="draft">Bản nháp (biên tập viên duyệt trước khi đăng)</option>
            <option value="published">Đã xuất bản, giữ ngày đăng gốc</option>
          </select>
        </label>
        <label>
          <div style={labelText}>Đơn vị</div>
          <select name="unit" defaultValue="" style={control}>
            <option value="">Tự nhận ra theo nội dung từng trang</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
          <input type="checkbox" name="dryRun" value="true" /> Chạy thử: chỉ báo trước kết quả, không ghi gì
        </label>
        <div>
          <Button type="submit" buttonStyle="primary" size="medium" disabled={busy}>
            {busy ? 'Đang tải lên…' : 'Nhập trang'}
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
          <h2>Các lượt nhập gần đây</h2>
          <ul>
            {runs.map((r) => (
              <li key={r.id}>
                <a href={`/admin/collections/import-runs/${r.id}`}>{r.label}</a> — {STATE[r.state ?? 'queued']}, {summaryLine(r, Boolean(r.dryRun))}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}

function RunProgress({ run }: { run: RunView }) {
  const rows = (run.results ?? []).map(outcomeRow)
  return (
    <section aria-live="polite" className="import-run">
      <h2>
        {run.label}: {STATE[run.state ?? 'queued']}
      </h2>
      <progress value={run.done ?? 0} max={run.total ?? 1} style={{ width: '100%' }} />
      <p>
        {run.done ?? 0}/{run.total ?? 0} trang. {run.state === 'done' && summaryLine(run, Boolean(run.dryRun))}
      </p>
      {run.error && <p role="alert">Lượt nhập dừng vì lỗi: {run.error}</p>}
      {rows.length > 0 && (
        <table className="import-summary" style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={{ textAlign: 'left' }}>Trang</th>
              <th style={{ textAlign: 'left' }}>Kết quả</th>
              <th style={{ textAlign: 'left' }}>Tiêu đề / lý do</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([file, label, detail], i) => {
              const id = (run.results?.[i] as { id?: string | number } | undefined)?.id
              return (
                <tr key={i} style={{ borderTop: '1px solid var(--theme-elevation-100)' }}>
                  <td style={{ padding: '0.35rem 0.5rem 0.35rem 0' }}>{file}</td>
                  <td style={{ padding: '0.35rem 0.5rem', whiteSpace: 'nowrap' }}>{label}</td>
                  <td style={{ padding: '0.35rem 0' }}>{id !== undefined ? <a href={`/admin/collections/reports/${id}`}>{detail}</a> : detail}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
