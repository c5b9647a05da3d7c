import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import React from 'react'
import { dashboardQuery, readDashboard } from '../../../data/statistics/dashboard'
import { requestLanguage } from '../../../i18n/translations'
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
  const { req, permissions, visibleEntities, locale } = initPageResult
  const lang = requestLanguage(req)
  const vi = lang === 'vi'
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
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={req.payload} permissions={permissions} searchParams={searchParams} user={req.user ?? undefined} visibleEntities={visibleEntities} req={req}>
      <Gutter>
        <main className="statistics" style={{ paddingBottom: '3rem' }}>
          <h1>{vi ? 'Thống kê' : 'Statistics'}</h1>
          {!dashboard || !period ? (
            <p>{vi ? 'Chỉ Biên tập viên, Lãnh đạo Ban và Quản trị hệ thống được xem thống kê.' : 'Only editors, approvers and administrators may read statistics.'}</p>
          ) : (
            <>
              <form method="get" action={`${adminRoute}/thong-ke`} className="statistics__filters">
                <label>
                  {vi ? 'Kỳ' : 'Period'}{' '}
                  <select name="period" defaultValue={period.kind}>
                    <option value="year">{vi ? 'Năm' : 'Year'}</option>
                    <option value="quarter">{vi ? 'Quý' : 'Quarter'}</option>
                    <option value="month">{vi ? 'Tháng' : 'Month'}</option>
                    <option value="range">{vi ? 'Khoảng thời gian' : 'Range'}</option>
                    <option value="all">{vi ? 'Tất cả các năm' : 'All years'}</option>
                  </select>
                </label>
                <label>
                  {vi ? 'Năm' : 'Year'} <input type="number" name="year" min={1990} max={2100} defaultValue={year} style={{ width: '6rem' }} />
                </label>
                <label>
                  {vi ? 'Quý' : 'Quarter'}{' '}
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
                  {vi ? 'Tháng' : 'Month'}{' '}
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
                  {vi ? 'Từ tháng' : 'From'} <input type="month" name="from" defaultValue={period.kind === 'range' ? (period.from ?? '') : ''} />
                </label>
                <label>
                  {vi ? 'Đến tháng' : 'To'} <input type="month" name="to" defaultValue={period.kind === 'range' ? (period.to ?? '') : ''} />
                </label>
                <label>
                  {vi ? 'Đơn vị' : 'Unit'}{' '}
                  <select name="unit" defaultValue={query.unit ?? ''}>
                    <option value="">{vi ? 'Tất cả đơn vị của tôi' : 'All my units'}</option>
                    {dashboard.unitChoices.map((u) => (
                      <option key={u.id} value={u.id}>
                        {u.name}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="submit" className="btn btn--style-primary btn--size-small">
                  {vi ? 'Xem' : 'Show'}
                </button>
              </form>
              <p className="statistics__summary">
                <strong>{period.label[lang]}</strong>
                {' · '}
                {query.unit ? dashboard.units.map((u) => u.name).join('; ') : vi ? `${formatNumberVN(dashboard.units.length)} đơn vị` : `${formatNumberVN(dashboard.units.length)} units`}
                {' · '}
                {vi ? `${formatNumberVN(dashboard.reports.total)} tin bài đã xuất bản, ${formatNumberVN(dashboard.readers.total)} lượt xem` : `${formatNumberVN(dashboard.reports.total)} reports published, ${formatNumberVN(dashboard.readers.total)} views`}
              </p>
              <p className="statistics__exports">
                <a href={exportHref('xlsx', 'all')} download>
                  {vi ? 'Tải toàn bộ (Excel)' : 'Download all (Excel)'}
                </a>{' '}
                ·{' '}
                <a href={exportHref('csv', 'all')} download>
                  {vi ? 'Tải toàn bộ (CSV)' : 'Download all (CSV)'}
                </a>{' '}
                · <PrintButton label={vi ? 'In trang' : 'Print'} />
              </p>
              {(['models', 'reports', 'workflow', 'readers', 'officials'] as const).map((key) => (
                <section key={key} aria-labelledby={`muc-${key}`} className="statistics__section">
                  <h2 id={`muc-${key}`}>{SECTIONS[key][lang]}</h2>
                  {key === 'models' && <p className="statistics__sentence">{dashboard.modelSentence[lang]}</p>}
                  {section(key).map((table) => (
                    <StatTableView key={table.id} table={table} lang={lang} exportHref={exportHref} />
                  ))}
                </section>
              ))}
            </>
          )}
        </main>
      </Gutter>
    </DefaultTemplate>
  )
}
