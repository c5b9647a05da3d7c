import { getTranslation } from '@payloadcms/translations'
import { FieldDiffContainer } from '@payloadcms/ui/rsc'
import type { FieldDiffServerProps, RelationshipField } from 'payload'
import React from 'react'
import { userNames } from '../../../data/userNames'

const baseClass = 'relationship-diff'

const idOf = (value: unknown): number | string | null =>
  typeof value === 'object' && value !== null && 'id' in value ? (value as { id: number | string }).id : typeof value === 'number' || typeof value === 'string' ? value : null

/** One side of the comparison, as Payload's HTML diff lays it out; a changed saver is marked whole. */
function Side({ name, side, changed }: { name: string | null; side: 'old' | 'new'; changed: boolean }) {
  return (
    <div className={`html-diff__diff-${side} html-diff`}>
      {name === null ? (
        <p />
      ) : (
        <div className={baseClass} data-match-type={changed ? (side === 'old' ? 'delete' : 'create') : undefined}>
          <strong className={`${baseClass}__info`}>{name}</strong>
        </div>
      )}
    </div>
  )
}

/**
 * Who saved each of the two versions (src/fields/savedBy.ts), by name. Payload's relationship
 * comparison draws a label given as a function (as every {vi, en} label becomes, see
 * src/i18n/adminLanguage.ts) as nothing, and diffs two names letter by letter around Vietnamese
 * letters ("Quả|n trị" against "Nguyễ|n Thị"); a name is one thing, changed or not.
 */
export async function SavedByDiff({ comparisonValue, field, i18n, locale, nestingLevel, req, versionValue }: FieldDiffServerProps<RelationshipField>) {
  const from = idOf(comparisonValue)
  const to = idOf(versionValue)
  const names = await userNames(req, [from, to].filter((id): id is number | string => id !== null))
  const nameOf = (id: number | string | null) => (id === null ? null : (names.get(String(id)) ?? String(id)))
  const changed = String(from) !== String(to)
  return (
    <FieldDiffContainer
      className={`${baseClass}-container ${baseClass}-container--hasOne`}
      From={<Side changed={changed} name={nameOf(from)} side="old" />}
      i18n={i18n}
      label={{ label: getTranslation(field.label || field.name, i18n), locale }}
      nestingLevel={nestingLevel}
      To={<Side changed={changed} name={nameOf(to)} side="new" />}
    />
  )
}
