'use client'
import { useField, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'
import { tr } from '../../i18n/translations'

// one empty list for every render: a new [] each time would redraw every gallery row at each keystroke
const NONE: string[] = []

/**
 * Beside a gallery caption: pick one of the report's officials and append their name with the
 * titles held on the report's date (as the report reads them) to the caption.
 */
export function InsertOfficial({ path }: { path: string }) {
  const { t } = useTranslation()
  const captionPath = path.replace(/[^.]+$/, 'caption')
  const { value, setValue } = useField<string>({ path: captionPath })
  const titled = useFormFields(([fields]) => (fields.officialsTitled?.value as string[] | undefined) ?? NONE)
  const [choice, setChoice] = useState('')
  if (!titled.length) return <p style={{ fontSize: '0.85rem', opacity: 0.7 }}>{tr(t, 'insertOfficialHint')}</p>
  return (
    <div className="insert-official" style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', marginBottom: '1rem' }}>
      <label style={{ flex: 1 }}>
        {tr(t, 'insertOfficialLabel')}{' '}
        <select value={choice} onChange={(e) => setChoice(e.target.value)} style={{ maxWidth: '100%' }}>
          <option value="">{tr(t, 'insertOfficialChoose')}</option>
          {titled.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={!choice} onClick={() => setValue([value?.trim(), choice].filter(Boolean).join(' '))}>
        {tr(t, 'insertOfficialInsert')}
      </button>
    </div>
  )
}
