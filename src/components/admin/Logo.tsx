import type { I18nClient } from '@payloadcms/translations'
import React from 'react'
import { tr } from '../../i18n/translations'

/** The login screen's mark: the product's name instead of Payload's (a name, the same in both languages), and what it is. */
export function Logo({ i18n }: { i18n: I18nClient }) {
  return (
    <div style={{ textAlign: 'center', lineHeight: 1.2 }}>
      <div style={{ fontSize: '2rem', fontWeight: 700, color: '#b3001b' }}>Dân vận CMS</div>
      <div style={{ fontSize: '0.95rem', opacity: 0.75 }}>{tr(i18n.t, 'logoTagline')}</div>
    </div>
  )
}
