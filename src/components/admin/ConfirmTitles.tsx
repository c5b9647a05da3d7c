'use client'
import { Button, toast, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'
import { formatDateVN } from '../../lib/format/dates'
import type { OfficialTitleStatus } from '../../lib/officials/confirmation'
import { TITLES_CONFIRMED, useTitleStatus } from './useTitleStatus'
import { tr } from '../../i18n/translations'

/**
 * "Xác nhận chức danh": the report's officials whose titles on its date only come from
 * imported pages, or are not known at all. One click confirms that the titles last seen are
 * still held on that date; otherwise the official's "Thay đổi chức danh" opens.
 */
export function ConfirmTitles() {
  return <ConfirmTitlesList {...useTitleStatus()} />
}

export function ConfirmTitlesList({ statuses, date }: { statuses: OfficialTitleStatus[] | undefined; date: string }) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState<string | null>(null)
  const pending = (statuses ?? []).filter((s) => s.state !== 'confirmed')
  if (!pending.length) return null

  async function confirm(id: string) {
    setBusy(id)
    try {
      const res = await fetch(`/api/officials/${id}/confirm-titles`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ date }),
      })
      const body = await res.json().catch(() => null)
      if (!res.ok) toast.error(body?.errors?.[0]?.message ?? tr(t, 'confirmTitlesFailed'))
      else {
        toast.success(body.message)
        window.dispatchEvent(new Event(TITLES_CONFIRMED))
      }
    } finally {
      setBusy(null)
    }
  }

  return (
    <section
      className="confirm-titles"
      aria-labelledby="confirm-titles-heading"
      style={{ margin: '0 0 1.5rem', padding: '0.75rem 1rem', border: '1px solid var(--theme-warning-500, #b26a00)', borderRadius: 4 }}
    >
      <h4 id="confirm-titles-heading" style={{ margin: '0 0 0.5rem' }}>
        {tr(t, 'confirmTitlesTitle')}
      </h4>
      <p style={{ margin: '0 0 0.5rem' }}>{tr(t, 'confirmTitlesIntro', { date: formatDateVN(date) })}</p>
      <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
        {pending.map((s) => (
          <li key={s.id} style={{ marginBottom: '0.5rem' }}>
            <strong>{s.fullName}</strong>
            {`: ${s.titles.length ? tr(t, s.state === 'unconfirmed' ? 'confirmTitlesImported' : 'confirmTitlesLastSeen', { titles: s.titles.join(', ') }) : tr(t, 'confirmTitlesNone')}`}
            <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', alignItems: 'center', marginTop: '0.25rem' }}>
              {s.titles.length > 0 && (
                <Button buttonStyle="primary" size="small" margin={false} disabled={busy !== null} onClick={() => confirm(s.id)}>
                  {tr(t, busy === s.id ? 'confirmTitlesBusy' : 'confirmTitlesKeep')}
                </Button>
              )}
              <a href={`/admin/collections/officials/${s.id}`} target="_blank" rel="noreferrer">
                {tr(t, 'changeTitles')}
              </a>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
