import type { Payload } from 'payload'
import React from 'react'
import { formatDateTimeVN } from '../../lib/format/dates'
import { heldOn, type Position } from '../../lib/officials/titlesAtDate'

const day = (v: unknown) => (v ? formatDateTimeVN(String(v)).slice(0, 10) : '…')

/** The official's career as a timeline, newest first, current posts marked. */
export function PositionsTimeline({ data }: { data?: { positions?: Position[] }; payload: Payload }) {
  const positions = [...(data?.positions ?? [])].sort((a, b) => new Date(String(b.start ?? 0)).getTime() - new Date(String(a.start ?? 0)).getTime())
  if (!positions.length) return null
  const now = new Date()
  return (
    <section className="positions-timeline" aria-label="Quá trình công tác" style={{ marginBottom: '1.5rem' }}>
      <h4 style={{ margin: '0 0 0.5rem' }}>Quá trình công tác</h4>
      <ol style={{ listStyle: 'none', margin: 0, padding: 0, borderLeft: '2px solid var(--theme-elevation-150)' }}>
        {positions.map((p, i) => (
          <li key={i} style={{ padding: '0 0 0.5rem 1rem', fontWeight: heldOn(p, now) ? 600 : 400 }}>
            {day(p.start)} – {p.end ? day(p.end) : 'nay'}: {p.title}
            {heldOn(p, now) ? ' (đương nhiệm)' : ''}
          </li>
        ))}
      </ol>
    </section>
  )
}
