'use client'
import React from 'react'
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { formatNumberVN } from '../../../lib/format/numbers'
import { chartShape } from '../../../lib/statistics/tables'

export type ChartSeries = { key: string; label: string }

// distinct at 3:1 against white and against each other's neighbours (stacked fields)
const COLOURS = ['#1f5f9e', '#c0392b', '#2e7d32', '#8e5a00', '#6a1b9a']

/**
 * Bars (stacked when several series) drawn by recharts in the browser, from figures the page
 * already holds: nothing is fetched. A picture only: the same numbers stand in the table beside it.
 */
export function StatBarChart({ data, series, title }: { data: Array<Record<string, string | number>>; series: ChartSeries[]; title: string }) {
  const { layout, height } = chartShape(data.map((d) => String(d.label)))
  const count = { tickFormatter: (n: number) => formatNumberVN(n), allowDecimals: false, tick: { fontSize: 12 } }
  return (
    <div role="img" aria-label={title} className="statistics__chart">
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 560, height }}>
        {/* recharts' "vertical" layout is the one whose bars lie sideways */}
        <BarChart data={data} layout={layout === 'bars' ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={layout === 'bars'} horizontal={layout === 'columns'} />
          {layout === 'bars' ? (
            <>
              <XAxis type="number" {...count} />
              <YAxis type="category" dataKey="label" width={180} interval={0} tick={{ fontSize: 12 }} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={8} />
              <YAxis {...count} width={48} />
            </>
          )}
          <Tooltip formatter={(value) => formatNumberVN(Number(value))} />
          {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId={series.length > 1 ? 'stack' : undefined} fill={COLOURS[i % COLOURS.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
