import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'
import React from 'react'
import { formatDateVN } from '../../lib/format/dates'
import type { OrganisationRecord } from '../../lib/organisations/kinds'
import { organisationLookup, printedTitle, titlesAtDate, type Position } from '../../lib/officials/titlesAtDate'
import { tr } from '../../i18n/translations'

const day = (v: unknown) => (v ? formatDateVN(String(v)) : '…')

/**
 * The official's career, newest first: each post as printed, in its organisation under the
 * name it had then (renames are separate records), current posts marked, attestations from
 * imported pages marked as such.
 */
export async function PositionsTimeline({ data, payload, i18n }: { data?: { positions?: Position[] }; payload: Payload; i18n: I18nClient }) {
  const { t } = i18n
  const positions = [...(data?.positions ?? [])].sort((a, b) => new Date(String(b.start ?? 0)).getTime() - new Date(String(a.start ?? 0)).getTime())
  if (!positions.length) return null
  const { docs } = await payload.find({
    collection: 'organisations',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { name: true, province: true, locality: true, validFrom: true, validTo: true },
  })
  const lookup = organisationLookup(docs as OrganisationRecord[])
  const now = new Date()
  return (
    <section className="positions-timeline" aria-label={tr(t, 'positionsTitle')} style={{ marginBottom: '1.5rem' }}>
      <h4 style={{ margin: '0 0 0.5rem' }}>{tr(t, 'positionsTitle')}</h4>
      <ol style={{ listStyle: 'none', margin: 0, padding: 0, borderLeft: '2px solid var(--theme-elevation-150)' }}>
        {positions.map((p, i) => {
          const current = p.confirmed === true && titlesAtDate([p], now, lookup).length > 0
          const organisation = lookup(p.organisation)
          return (
            <li key={i} style={{ padding: '0 0 0.5rem 1rem', fontWeight: current ? 600 : 400 }}>
              {p.confirmed === true ? `${day(p.start)} – ${p.end ? day(p.end) : tr(t, 'positionsNow')}` : tr(t, 'positionsSeen', { from: day(p.start), to: day(p.end) })}:{' '}
              {printedTitle(p, lookup)}
              {organisation ? ` — ${organisation.name}` : ''}
              {current ? ` ${tr(t, 'positionsCurrent')}` : ''}
              {p.confirmed === true ? '' : ` ${tr(t, 'positionsUnconfirmed')}`}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
