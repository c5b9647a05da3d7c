'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React from 'react'
import { formatPatternVN } from '../../../lib/format/dates'

/**
 * When a document was last changed and made, in Vietnam time, at the head of its edit view.
 * Payload's own pair in the document controls prints the browser's zone and has no slot of its
 * own, so custom.css hides it (.doc-controls__value-wrap) and this stands before the buttons.
 */
export function DocumentTimes() {
  const { data, id } = useDocumentInfo()
  const { config } = useConfig()
  const { t } = useTranslation()
  if (id === undefined || id === null || !data?.updatedAt) return null
  const format = (value: unknown) => (typeof value === 'string' ? formatPatternVN(value, config.admin.dateFormat) : '')
  return (
    <div className="document-times">
      <span>
        {t('general:lastModified')}: <strong>{format(data.updatedAt)}</strong>
      </span>
      {typeof data.createdAt === 'string' && (
        <span>
          {t('general:created')}: <strong>{format(data.createdAt)}</strong>
        </span>
      )}
    </div>
  )
}
