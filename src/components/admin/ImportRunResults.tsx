'use client'
import { FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import React from 'react'
import { tr } from '../../i18n/translations'
import type { OutcomeLike } from '../../lib/import/outcomes'
import { ImportResultsTable } from './ImportResultsTable'

/**
 * An import run's per-page results in its edit view, as the importer shows them: Payload's JSON
 * field draws them in a code editor it loads from a CDN, which the admin's CSP (and the rule that
 * nothing leaves the server) keeps out, so the box stayed empty.
 */
export function ImportRunResults({ path }: { path: string }) {
  const { t } = useTranslation()
  const { value } = useField<OutcomeLike[] | null>({ path })
  const results = Array.isArray(value) ? value : []
  return (
    <div className="field-type import-run-results" style={{ marginBottom: '1.5rem' }}>
      <FieldLabel label={tr(t, 'importRunResults')} path={path} />
      {results.length ? <ImportResultsTable results={results} /> : <p style={{ margin: '0.25rem 0', opacity: 0.7 }}>{tr(t, 'importRunNoResults')}</p>}
    </div>
  )
}
