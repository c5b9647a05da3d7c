import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { AdminViewFrame } from '../AdminViewFrame'
import { dashboardQuery, readDashboard } from '../../../data/statistics/dashboard'
import { requestLanguage, tr } from '../../../i18n/translations'
import { formatNumberVN } from '../../../lib/format/numbers'
import { dashboardTables, SECTIONS, type StatTable } from '../../../lib/statistics/tables'
import { PrintButton } from './PrintButton'
import { StatTableView } from './StatTableView'

const QUARTERS = ['I', 'II', 'III', 'IV']

/**
 * "Thống kê" (/admin/thong-ke): the figures boards write in their reviews, for the user's units
 * (admins: every unit), over a year, quarter, month or range of months; each chart beside a
 * table of the same numbers, each table downloadable as CSV and XLSX, the page printable.
 */
export async function StatisticsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const lang = requestLanguage(req)
  const query = dashboardQuery(searchParams)
  const dashboard = await readDashboard(req, query)
  const adminRoute = req.payload.config.routes.admin
  const apiRoute = req.payload.config.routes.api
  const filters = new URLSearchParams({ ...(dashboard?.period.query ?? {}), ...(query.unit ? { unit: query.unit } : {}) })
  const exportHref = (format: 'csv' | 'xlsx', table: string) => `${apiRoute}/statistics-months/export?${new URLSearchParams({ ...Object.fromEntries(filters), format, table })}`
  const tables = dashboard ? dashboardTables(dashboard, lang) : []
  const section = (key: StatTable['section']) => tables.filter((t) => t.section === key)
  const period = dashboard?.period
  const year = period?.query.year ?? period?.from?.slice(0, 4) ?? ''

  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
        <main className="statistics" style={{ paddingBottom: '3rem' }}>
          <h1>{tr(req.t, 'statsTitle')}</h1>
          {!dashboard || !period ? (
            <p>{tr(req.t, 'statsNotAllowed')}</p>
          ) : (
            <>
              <form method="get" action={`${adminRoute}/thong-ke`} className="statistics__filters">
                <label>
                  {tr(req.t, 'statsPeriod')}{' '}
                  <select name="period" defaultValue={period.kind}>
                    <option value="year">{tr(req.t, 'statsYear')}</option>
                    <option value="quarter">{tr(req.t, 'statsQuarter')}</option>
                    <option value="month">{tr(req.t, 'statsMonth')}</option>
                    <option value="range">{tr(req.t, 'statsRange')}</option>
                    <option value="all">{tr(req.t, 'statsAllYears')}</option>
                  </select>
                </label>
                <label>
                  {tr(req.t, 'statsYear')} <input type="number" name="year" min={1990} max={2100} defaultValue={year} style={{ width: '6rem' }} />
                </label>
                <label>
                  {tr(req.t, 'statsQuarter')}{' '}
                  <select name="quarter" defaultValue={period.query.quarter ?? ''}>
                    <option value="">—</option>
                    {QUARTERS.map((q, i) => (
                      <option key={q} value={i + 1}>
                        {q}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {tr(req.t, 'statsMonth')}{' '}
                  <select name="month" defaultValue={period.query.month ?? ''}>
                    <option value="">—</option>
                    {Array.from({ length: 12 }, (_, i) => (
                      <option key={i} value={i + 1}>
                        {String(i + 1).padStart(2, '0')}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {tr(req.t, 'statsFrom')} <input type="month" name="from" defaultValue={period.kind === 'range' ? (period.from ?? '') : ''} />
                </label>
                <label>
                  {tr(req.t, 'statsTo')} <input type="month" name="to" defaultValue={period.kind === 'range' ? (period.to ?? '') : ''} />
                </label>
                <label>
                  {tr(req.t, 'statsUnit')}{' '}
                  <select name="unit" defaultValue={query.unit ?? ''}>
                    <option value="">{tr(req.t, 'statsAllMyUnits')}</option>
                    {dashboard.unitChoices.map((u) => (
                      <option key={u.id} value={u.id}>
                        {u.name}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="submit" className="btn btn--style-primary btn--size-small">
                  {tr(req.t, 'statsShow')}
                </button>
              </form>
              <p className="statistics__summary">
                <strong>{period.label[lang]}</strong>
                {' · '}
                {query.unit ? dashboard.units.map((u) => u.name).join('; ') : tr(req.t, 'statsUnitCount', { count: formatNumberVN(dashboard.units.length) })}
                {' · '}
                {tr(req.t, 'statsSummary', { reports: formatNumberVN(dashboard.reports.total), views: formatNumberVN(dashboard.readers.total) })}
              </p>
              <p className="statistics__exports">
                <a href={exportHref('xlsx', 'all')} download>
                  {tr(req.t, 'statsDownloadAllExcel')}
                </a>{' '}
                ·{' '}
                <a href={exportHref('csv', 'all')} download>
                  {tr(req.t, 'statsDownloadAllCsv')}
                </a>{' '}
                · <PrintButton label={tr(req.t, 'statsPrint')} />
              </p>
              {(['models', 'reports', 'workflow', 'readers', 'officials'] as const).map((key) => (
                <section key={key} aria-labelledby={`muc-${key}`} className="statistics__section">
                  <h2 id={`muc-${key}`}>{SECTIONS[key][lang]}</h2>
                  {key === 'models' && <p className="statistics__sentence">{dashboard.modelSentence[lang]}</p>}
                  {section(key).map((table) => (
                    <StatTableView key={table.id} table={table} lang={lang} exportHref={exportHref} t={req.t} />
                  ))}
                </section>
              ))}
            </>
          )}
        </main>
      </AdminViewFrame>
  )
}
