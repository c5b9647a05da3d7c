'use client'
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

/** The upload form, then the run's progress (polled each second) and its summary. */
export function ImportForm({ units, runs }: { units: { id: number | string; name: string }[]; runs: RunView[] }) {
  const [run, setRun] = useState<RunView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

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
        <label>
          <div>Tệp trang cũ (.txt, .html, .zip)</div>
          <input type="file" name="files" multiple accept=".txt,.html,.htm,.zip" required />
        </label>
        <label>
          <div>Nhập thành</div>
          <select name="status" defaultValue="draft">
            <option value="draft">Bản nháp (biên tập viên duyệt trước khi đăng)</option>
            <option value="published">Đã xuất bản, giữ ngày đăng gốc</option>
          </select>
        </label>
        <label>
          <div>Đơn vị</div>
          <select name="unit" defaultValue="">
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
          <button type="submit" className="btn btn--style-primary" disabled={busy}>
            {busy ? 'Đang tải lên…' : 'Nhập'}
          </button>
        </div>
        {error && (
          <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
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
            {rows.map(([file, label, detail], i) => (
              <tr key={i}>
                <td>{file}</td>
                <td>{label}</td>
                <td>{detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
