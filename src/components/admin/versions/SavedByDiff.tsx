import { getTranslation } from '@payloadcms/translations'
import { escapeDiffHTML, FieldDiffContainer, getHTMLDiffComponents, unescapeDiffHTML } from '@payloadcms/ui/rsc'
import type { FieldDiffServerProps, RelationshipField } from 'payload'
import React from 'react'
import { userNames } from '../../../data/userNames'

const baseClass = 'relationship-diff'

const idOf = (value: unknown): number | string | null =>
  typeof value === 'object' && value !== null && 'id' in value ? (value as { id: number | string }).id : typeof value === 'number' || typeof value === 'string' ? value : null

/**
 * Who saved each of the two versions (src/fields/savedBy.ts), by name. Payload's relationship
 * comparison draws a label given as a function (as every {vi, en} label becomes, see
 * src/i18n/adminLanguage.ts) as nothing, and a saver the viewer may not read as an id.
 */
export async function SavedByDiff({ comparisonValue, field, i18n, locale, nestingLevel, req, versionValue }: FieldDiffServerProps<RelationshipField>) {
  const from = idOf(comparisonValue)
  const to = idOf(versionValue)
  const names = await userNames(req, [from, to].filter((id): id is number | string => id !== null))
  const html = (id: number | string | null) =>
    id === null ? '<p></p>' : `<div class="${baseClass}" data-enable-match="true"><strong class="${baseClass}__info">${escapeDiffHTML(names.get(String(id)) ?? String(id))}</strong></div>`
  const { From, To } = getHTMLDiffComponents({ fromHTML: html(from), postProcess: unescapeDiffHTML, toHTML: html(to), tokenizeByCharacter: false })
  const label = getTranslation(field.label || field.name, i18n)
  return <FieldDiffContainer className={`${baseClass}-container ${baseClass}-container--hasOne`} From={From} i18n={i18n} label={{ label, locale }} nestingLevel={nestingLevel} To={To} />
}
