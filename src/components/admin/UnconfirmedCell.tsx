import type { I18nClient } from '@payloadcms/translations'
import React from 'react'
import { tr } from '../../i18n/translations'

/** The officials list's "Có chức danh chưa xác nhận" column: a word an editor reads, not "đúng"/"sai". */
export function UnconfirmedCell({ cellData, i18n }: { cellData?: unknown; i18n: I18nClient }) {
  return cellData ? (
    <span style={{ display: 'inline-block', padding: '0 0.5rem', borderRadius: 3, background: 'var(--theme-warning-100, #fde9c8)', color: 'var(--theme-warning-800, #5c3a00)' }}>
      {tr(i18n.t, 'titlesUnconfirmed')}
    </span>
  ) : (
    <span>{tr(i18n.t, 'titlesConfirmed')}</span>
  )
}
