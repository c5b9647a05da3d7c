'use client'
import { FieldDescription, FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import React from 'react'
import { tr } from '../../i18n/translations'

/**
 * The report's officials as the report reads them, one full line each: computed on the server
 * from their posts on the report's date (Payload's chips would cut the titles off).
 */
export function TitledOfficials({ path }: { path: string }) {
  const { t } = useTranslation()
  const { value } = useField<string[]>({ path })
  const lines = Array.isArray(value) ? value : []
  return (
    <div className="field-type titled-officials" style={{ marginBottom: '1.5rem' }}>
      <FieldLabel label={tr(t, 'titledOfficialsLabel')} path={path} />
      {lines.length ? (
        <ul style={{ margin: '0.25rem 0', paddingLeft: '1.25rem' }}>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p style={{ margin: '0.25rem 0', opacity: 0.7 }}>{tr(t, 'titledOfficialsNone')}</p>
      )}
      <FieldDescription description={tr(t, 'titledOfficialsHint')} path={path} />
    </div>
  )
}
