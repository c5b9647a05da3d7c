import type { AdminViewServerProps, Where } from 'payload'
import React from 'react'
import { AdminViewFrame } from './AdminViewFrame'
import { formatDateTimeVN } from '../../lib/format/dates'
import { isAdmin, unitRefsOf, type StaffLike } from '../../lib/roles'
import { calendarRange, vnDay, type CalendarView } from '../../lib/workflow/calendar'
import { tr, type CustomKey } from '../../i18n/translations'

const WEEKDAYS: CustomKey[] = ['calendarMonday', 'calendarTuesday', 'calendarWednesday', 'calendarThursday', 'calendarFriday', 'calendarSaturday', 'calendarSunday']

/** The range's days, Monday first, seven to a row. */
const weeksOf = (days: string[]) => Array.from({ length: Math.ceil(days.length / 7) }, (_, w) => days.slice(w * 7, w * 7 + 7))

type Entry = { id: number | string; title: string; at: string; kind: 'published' | 'schedulePublish' | 'scheduleUnpublish'; unit: string }

/** The editorial calendar: published and scheduled reports by day, a week or a month at a time, per unit. */
export async function EditorialCalendar({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const user = req.user as StaffLike
  const view: CalendarView = searchParams?.view === 'week' ? 'week' : 'month'
  const range = calendarRange(view, String(searchParams?.date ?? ''))
  const unitFilter = searchParams?.unit ? String(searchParams.unit) : ''
  const allowedUnits = isAdmin(user) ? null : unitRefsOf(user).map(String)
  const units = (await req.payload.find({ collection: 'units', limit: 200, depth: 0, sort: 'name', req })).docs.filter((u) => !allowedUnits || allowedUnits.includes(String(u.id)))
  const unitWhere: Where[] = unitFilter ? [{ unit: { equals: unitFilter } }] : allowedUnits ? [{ unit: { in: allowedUnits } }] : []
  const between = (field: string): Where => ({ and: [{ [field]: { greater_than_equal: range.start.toISOString() } }, { [field]: { less_than: range.end.toISOString() } }] })

  const [published, scheduled] = await Promise.all([
    req.payload.find({
      collection: 'reports',
      where: { and: [{ _status: { equals: 'published' } }, between('publishedAt'), ...unitWhere] },
      limit: 500,
      depth: 1,
      overrideAccess: false,
      user: req.user,
      req,
    }),
    req.payload.find({
      collection: 'reports',
      where: { and: [between('scheduledAt'), ...unitWhere] },
      draft: true,
      limit: 500,
      depth: 1,
      overrideAccess: false,
      user: req.user,
      req,
    }),
  ])
  const unitName = (u: unknown) => {
    const unit = u && typeof u === 'object' ? (u as { shortName?: string | null; name?: string }) : null
    return unit ? String(unit.shortName || unit.name || '') : ''
  }
  const entries: Entry[] = [
    ...published.docs.map((r) => ({ id: r.id, title: r.title, at: r.publishedAt!, kind: 'published' as const, unit: unitName(r.unit) })),
    ...scheduled.docs.map((r) => ({
      id: r.id,
      title: r.title,
      at: r.scheduledAt!,
      kind: r.scheduledAction === 'unpublish' ? ('scheduleUnpublish' as const) : ('schedulePublish' as const),
      unit: unitName(r.unit),
    })),
  ].sort((a, b) => a.at.localeCompare(b.at))
  const byDay = new Map<string, Entry[]>()
  for (const entry of entries) byDay.set(vnDay(entry.at), [...(byDay.get(vnDay(entry.at)) ?? []), entry])

  const adminRoute = req.payload.config.routes.admin
  const link = (changes: Record<string, string>) => {
    const query = new URLSearchParams({ view, date: range.days[Math.floor(range.days.length / 2)], ...(unitFilter ? { unit: unitFilter } : {}), ...changes })
    return `${adminRoute}/lich-bien-tap?${query}`
  }
  const today = vnDay(new Date())
  const kindLabel: Record<Entry['kind'], string> = {
    published: tr(req.t, 'calendarPublished'),
    schedulePublish: tr(req.t, 'calendarSchedulePublish'),
    scheduleUnpublish: tr(req.t, 'calendarScheduleUnpublish'),
  }
  const weekdays = WEEKDAYS.map((key) => tr(req.t, key))

  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      {/* the page's main landmark: Payload's template draws only the navigation and header */}
      <main className="editorial-calendar" style={{ paddingBottom: '3rem' }}>
        <h1>{tr(req.t, 'calendarTitle')}</h1>
        <nav style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap', margin: '1rem 0' }}>
          <a href={link({ date: range.previous })}>{tr(req.t, 'calendarPrevious')}</a>
          <strong>
            {range.days[0].split('-').reverse().join('/')} – {range.days.at(-1)!.split('-').reverse().join('/')}
          </strong>
          <a href={link({ date: range.next })}>{tr(req.t, 'calendarNext')}</a>
          <a href={link({ view: 'week' })} aria-current={view === 'week' ? 'page' : undefined}>
            {tr(req.t, 'calendarWeek')}
          </a>
          <a href={link({ view: 'month' })} aria-current={view === 'month' ? 'page' : undefined}>
            {tr(req.t, 'calendarMonth')}
          </a>
          <form method="get" action={`${adminRoute}/lich-bien-tap`} style={{ display: 'flex', gap: '0.5rem' }}>
            <input type="hidden" name="view" value={view} />
            <input type="hidden" name="date" value={range.days[Math.floor(range.days.length / 2)]} />
            <label>
              {tr(req.t, 'calendarUnit')}{' '}
              <select name="unit" defaultValue={unitFilter}>
                <option value="">{tr(req.t, 'calendarAllUnits')}</option>
                {units.map((u) => (
                  <option key={u.id} value={String(u.id)}>
                    {u.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit">{tr(req.t, 'calendarFilter')}</button>
          </form>
        </nav>
        {/* a table of weeks on wide screens; on phones (custom.css) a list of the days that have reports */}
        <table className={`editorial-calendar__table editorial-calendar__table--${view}`} aria-label={tr(req.t, 'calendarTitle')}>
          <thead>
            <tr>
              {weekdays.map((d) => (
                <th key={d} scope="col">
                  {d}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeksOf(range.days).map((week) => (
              <tr key={week[0]}>
                {week.map((day, i) => {
                  const items = byDay.get(day) ?? []
                  return (
                    <td
                      key={day}
                      data-day={day}
                      className={['editorial-calendar__day', day === today && 'editorial-calendar__day--today', !items.length && 'editorial-calendar__day--empty']
                        .filter(Boolean)
                        .join(' ')}
                    >
                      <div className="editorial-calendar__date">
                        <span className="editorial-calendar__weekday">{weekdays[i]}, </span>
                        {day.split('-').reverse().join('/')}
                      </div>
                      {items.map((entry) => (
                        <a
                          key={`${entry.kind}-${entry.id}`}
                          href={`${adminRoute}/collections/reports/${entry.id}`}
                          className={`editorial-calendar__entry editorial-calendar__entry--${entry.kind}`}
                        >
                          {formatDateTimeVN(entry.at).slice(11)} {kindLabel[entry.kind]}: {entry.title} {entry.unit && <em>({entry.unit})</em>}
                        </a>
                      ))}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </main>
    </AdminViewFrame>
  )
}
