import React from 'react'
import { formatCell, type Lang, type StatTable } from '../../../lib/statistics/tables'
import { tr } from '../../../i18n/translations'
import { StatBarChart } from './StatBarChart'

/** One table of "Thống kê": its chart (where it has one), the same numbers as a table, and its exports. */
export function StatTableView({ table, lang, exportHref, t }: { table: StatTable; lang: Lang; exportHref: (format: 'csv' | 'xlsx', table: string) => string; t: unknown }) {
  const labelKind = table.columns[0].kind
  const chartData = table.rows.map((row) => ({
    label: formatCell(row[0], labelKind),
    ...Object.fromEntries((table.chart?.values ?? []).map((i) => [`v${i}`, Number(row[i] ?? 0)])),
  }))
  const series = (table.chart?.values ?? []).map((i) => ({ key: `v${i}`, label: table.columns[i].label[lang] }))
  const numeric = (i: number) => table.columns[i].kind === 'count' || table.columns[i].kind === 'decimal'
  return (
    // not a landmark of its own: a section's one table often carries the section's title
    <div className="statistics__block" role="group" aria-labelledby={`bang-${table.id}`}>
      <h3 id={`bang-${table.id}`}>{table.title[lang]}</h3>
      {!table.rows.length ? (
        <p>{tr(t, 'statsNoFigures')}</p>
      ) : (
        <div className={table.chart ? 'statistics__pair' : undefined}>
          {table.chart && <StatBarChart data={chartData} series={series} title={tr(t, 'statsChart', { title: table.title[lang] })} />}
          {/* scrolls sideways on a phone: focusable so keyboard users can scroll it too */}
          <div className="statistics__table-wrap" tabIndex={0} role="group" aria-labelledby={`bang-${table.id}`}>
            <table className="statistics__table">
              <thead>
                <tr>
                  {table.columns.map((c, i) => (
                    <th key={i} scope="col" className={numeric(i) ? 'statistics__number' : undefined}>
                      {c.label[lang]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, i) =>
                      i === 0 ? (
                        <th key={i} scope="row">
                          {formatCell(cell, table.columns[i].kind)}
                        </th>
                      ) : (
                        <td key={i} className={numeric(i) ? 'statistics__number' : undefined}>
                          {formatCell(cell, table.columns[i].kind)}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      <p className="statistics__exports">
        {tr(t, 'statsDownloadTable')}{' '}
        <a href={exportHref('csv', table.id)} download>
          CSV<span className="statistics__sr"> {table.title[lang]}</span>
        </a>{' '}
        ·{' '}
        <a href={exportHref('xlsx', table.id)} download>
          Excel (XLSX)<span className="statistics__sr"> {table.title[lang]}</span>
        </a>
      </p>
    </div>
  )
}
