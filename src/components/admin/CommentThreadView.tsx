'use client'
import { Button, toast, useAuth, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'
import { mergeThread, withEntry, type ThreadComment } from '../../lib/comments/thread'
import { formatDateTimeVN } from '../../lib/format/dates'
import { tr } from '../../i18n/translations'

type Entry = ThreadComment & { canResolve: boolean }

const errorOf = async (res: Response, fallback: string): Promise<string> => {
  const body = (await res.json().catch(() => null)) as { errors?: { message?: string }[] } | null
  return body?.errors?.[0]?.message ?? fallback
}

/** `read`: the thread as the server answered, undefined while it is being read (the box is usable meanwhile). */
export function CommentThreadView({ reportId, read }: { reportId: number | string | null; read: Entry[] | undefined }) {
  const { t } = useTranslation()
  const { user } = useAuth()
  // what this page changed since the read: sent comments, resolved or reopened ones
  const [local, setEntries] = useState<Entry[]>([])
  const entries = read ? mergeThread(read, local) : local
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)

  async function send() {
    if (!reportId || !text.trim()) return
    setBusy(true)
    try {
      const res = await fetch('/api/report-comments', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ report: reportId, text }),
      })
      if (!res.ok) return void toast.error(await errorOf(res, tr(t, 'commentFailed')))
      const { doc } = (await res.json()) as { doc: { id: number | string; text: string; createdAt: string } }
      const name = (user as { name?: string } | null)?.name || user?.email || ''
      setEntries((list) => withEntry(list, { id: doc.id, text: doc.text, kind: 'comment', resolved: false, authorId: user ? String(user.id) : null, authorName: name, createdAt: doc.createdAt, canResolve: true }))
      setText('')
      toast.success(tr(t, 'commentSent'))
    } finally {
      setBusy(false)
    }
  }

  async function toggle(entry: Entry) {
    const res = await fetch(`/api/report-comments/${entry.id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ resolved: !entry.resolved }),
    })
    if (!res.ok) return void toast.error(await errorOf(res, tr(t, 'commentFailed')))
    setEntries((list) => withEntry(list, { ...entry, resolved: !entry.resolved }))
  }

  return (
    <section className="comment-thread" aria-labelledby="comment-thread-title">
      <h4 id="comment-thread-title">{tr(t, 'commentThread')}</h4>
      {read === undefined && entries.length === 0 ? (
        <p>{tr(t, 'commentLoading')}</p>
      ) : entries.length === 0 ? (
        <p>{tr(t, 'commentNone')}</p>
      ) : (
        <ol className="comment-thread__list">
          {entries.map((entry) => (
            <li key={entry.id} className={`comment-thread__item${entry.resolved ? ' comment-thread__item--resolved' : ''}`}>
              <div className="comment-thread__meta">
                <strong>{entry.authorName || tr(t, 'commentSystem')}</strong> · {formatDateTimeVN(entry.createdAt)}
                {entry.kind === 'return' && <span className="comment-thread__tag">{tr(t, 'commentReturn')}</span>}
                <span className="comment-thread__state">{tr(t, entry.resolved ? 'commentResolved' : 'commentOpen')}</span>
              </div>
              <p className="comment-thread__text">{entry.text}</p>
              {entry.canResolve && (
                <Button type="button" buttonStyle="secondary" size="small" margin={false} onClick={() => toggle(entry)}>
                  {tr(t, entry.resolved ? 'commentReopen' : 'commentResolve')}
                </Button>
              )}
            </li>
          ))}
        </ol>
      )}
      {reportId ? (
        // not a <form>: the thread sits inside the document's own form
        <div className="comment-thread__new">
          <label htmlFor="comment-thread-new">{tr(t, 'commentNew')}</label>
          <textarea
            id="comment-thread-new"
            rows={3}
            value={text}
            placeholder={tr(t, 'commentPlaceholder')}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void send()
            }}
          />
          <Button type="button" buttonStyle="primary" size="small" margin={false} disabled={busy || !text.trim()} onClick={send}>
            {tr(t, 'commentSend')}
          </Button>
        </div>
      ) : (
        <p>{tr(t, 'commentSaveFirst')}</p>
      )}
    </section>
  )
}
