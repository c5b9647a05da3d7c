'use client'
import { useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'
import { galleryFromFormState } from '../../lib/workflow/formState'
import { unconfirmedNames } from '../../lib/officials/confirmation'
import { publishChecklist, type ChecklistInput } from '../../lib/workflow/checklist'
import { ConfirmTitlesList } from './ConfirmTitles'
import { useTitleStatus } from './useTitleStatus'
import { languageOf, tr } from '../../i18n/translations'

/** The pre-publish checklist, recomputed from the form as the editor types. */
export function PublishChecklist() {
  const { i18n, t } = useTranslation()
  const titleStatus = useTitleStatus()
  const input = useFormFields(([fields]): ChecklistInput => ({
    title: fields.title?.value as string,
    lead: fields.lead?.value as string,
    unit: fields.unit?.value,
    category: fields.category?.value,
    publishedAt: fields.publishedAt?.value as string,
    featuredImage: fields.featuredImage?.value,
    body: fields.body?.value,
    byline: fields.byline?.value as string,
    source: fields.source?.value as string,
    gallery: galleryFromFormState(fields),
  }))
  // the titles item comes from the server (officials' positions); until it answers, nothing is claimed
  const missing = publishChecklist({ ...input, officialsToConfirm: titleStatus.statuses && unconfirmedNames(titleStatus.statuses) })
  return (
    <section className="publish-checklist" aria-label={tr(t, 'checklistTitle')} style={{ marginBottom: '1.5rem' }}>
      <h4 style={{ margin: '0 0 0.5rem' }}>{tr(t, 'checklistTitle')}</h4>
      {missing.length === 0 ? (
        <p style={{ color: 'var(--theme-success-650, #0b6187)' }}>{tr(t, 'checklistReady')}</p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
          {missing.map((item) => (
            <li key={item.code} style={{ color: 'var(--theme-error-650, #a12f2f)' }}>
              {tr(t, 'checklistMissing', { item: item[languageOf(i18n)] })}
            </li>
          ))}
        </ul>
      )}
      <ConfirmTitlesList {...titleStatus} />
    </section>
  )
}
