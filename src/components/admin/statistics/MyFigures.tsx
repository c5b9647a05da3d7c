import type { PayloadRequest } from 'payload'
import React from 'react'
import { readDashboard } from '../../../data/statistics/dashboard'
import { dayVN } from '../../../lib/format/dates'
import { formatNumberVN } from '../../../lib/format/numbers'
import { monthLabel } from '../../../lib/statistics/period'
import { tr } from '../../../i18n/translations'

/** "Việc của tôi": this month's and this year's figures for the user's units, linking to "Thống kê". */
export async function MyFigures({ req }: { req: PayloadRequest }) {
  const dashboard = await readDashboard(req, { period: 'year' }, { names: false })
  if (!dashboard) return null
  const month = dayVN(new Date()).slice(0, 7)
  const year = month.slice(0, 4)
  const inMonth = (list: Array<{ key: string; count: number }>) => list.find((c) => c.key === month)?.count ?? 0
  const adminRoute = req.payload.config.routes.admin
  const figures = [
    [tr(req.t, 'figuresReportsMonth', { month: monthLabel(month) }), inMonth(dashboard.reports.byMonth)],
    [tr(req.t, 'figuresViewsMonth', { month: monthLabel(month) }), inMonth(dashboard.readers.byMonth)],
    [tr(req.t, 'figuresReportsYear', { year }), dashboard.reports.total],
    [tr(req.t, 'figuresModelsYear', { year }), dashboard.models.newInPeriod],
  ] as const
  return (
    <section aria-labelledby="work-figures" style={{ marginTop: '1.5rem' }}>
      <h2 id="work-figures">{tr(req.t, 'figuresTitle')}</h2>
      <ul className="my-work__figures">
        {figures.map(([label, value]) => (
          <li key={label}>
            <strong>{formatNumberVN(value)}</strong> {label}
          </li>
        ))}
      </ul>
      <p>
        <a href={`${adminRoute}/thong-ke`}>{tr(req.t, 'figuresSeeAll')}</a>
      </p>
    </section>
  )
}
