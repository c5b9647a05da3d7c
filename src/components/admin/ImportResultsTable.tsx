'use client'
import { useTranslation } from '@payloadcms/ui'
import React from 'react'
import { tr } from '../../i18n/translations'
import { outcomeRow, type OutcomeLike, type Say } from '../../lib/import/outcomes'

/** An import run's pages, one row each: the page, what became of it, and its report's title (a link) or the reason it failed. */
export function ImportResultsTable({ results }: { results: OutcomeLike[] }) {
  const { t } = useTranslation()
  const say: Say = (key, vars) => tr(t, key, vars)
  return (
    <table className="import-summary" style={{ width: '100%', borderCollapse: 'collapse' }}>
      <thead>
        <tr>
          <th style={{ textAlign: 'left' }}>{tr(t, 'importPage')}</th>
          <th style={{ textAlign: 'left' }}>{tr(t, 'importResult')}</th>
          <th style={{ textAlign: 'left' }}>{tr(t, 'importTitleOrReason')}</th>
        </tr>
      </thead>
      <tbody>
        {results.map((result, i) => {
          const [file, label, detail] = outcomeRow(result, say)
          const id = (result as { id?: string | number }).id
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
  )
}
