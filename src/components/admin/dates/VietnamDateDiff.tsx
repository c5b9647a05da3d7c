'use client'
import { escapeDiffHTML, FieldDiffContainer, getHTMLDiffComponents, unescapeDiffHTML, useConfig, useTranslation } from '@payloadcms/ui'
import type { DateFieldClient, FieldDiffClientProps } from 'payload'
import React from 'react'
import { formatPatternVN } from '../../../lib/format/dates'

const baseClass = 'date-diff'

/**
 * Payload's date comparison between two versions, with both dates in Vietnam time. Its label
 * comes as `bilingualLabel`, translated per request (see src/i18n/adminLanguage.ts).
 */
export const VietnamDateDiff = ({ bilingualLabel, comparisonValue, field, locale, nestingLevel, versionValue }: FieldDiffClientProps<DateFieldClient> & { bilingualLabel?: Record<string, string> }) => {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const pattern = (field.admin?.date as { displayFormat?: string } | undefined)?.displayFormat || config.admin.dateFormat
  const html = (value: unknown) => {
    const text = escapeDiffHTML(typeof value === 'string' || value instanceof Date ? formatPatternVN(value, pattern) : '')
    return `<div class="${baseClass}" data-enable-match="true" data-date="${text}"><p>${text}</p></div>`
  }
  const { From, To } = getHTMLDiffComponents({ fromHTML: html(comparisonValue), postProcess: unescapeDiffHTML, toHTML: html(versionValue), tokenizeByCharacter: false })
  return <FieldDiffContainer className={baseClass} From={From} i18n={i18n} label={{ label: bilingualLabel ?? field.label, locale }} nestingLevel={nestingLevel} To={To} />
}
