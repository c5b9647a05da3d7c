import { describe, expect, it } from 'vitest'
import { aggregate, histogramMedian, median, ranked, type MonthDoc } from './aggregate'

const units = [
  { id: 'hd', name: 'Ban Dân vận Tỉnh ủy Hải Dương', successor: 'hp' },
  { id: 'hp', name: 'Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng' },
  { id: 'cm', name: 'Ban Dân vận Tỉnh ủy Cà Mau' },
]
const reports = (unit: string, month: string, published: number, extra: Partial<Extract<MonthDoc, { kind: 'reports' }>['data']> = {}): MonthDoc => ({
  unit,
  month,
  kind: 'reports',
  data: { published, categories: { c1: published }, campaigns: {}, officials: {}, turnaround: {}, slowest: null, returns: {}, ...extra },
})

describe('aggregate', () => {
  const docs: MonthDoc[] = [
    reports('hd', '2025-05', 3, { campaigns: { k: 2 }, officials: { o1: 2 }, turnaround: { '10': 1, '30': 1 }, slowest: 30.25, returns: { '0': 1, '2': 1 } }),
    reports('hp', '2025-07', 2, { categories: { c1: 1, '': 1 }, officials: { o1: 1, o2: 2 }, turnaround: { '50': 1 }, slowest: 50.4, returns: { '1': 1 } }),
    reports('cm', '2025-07', 4),
    reports('cm', '2024-12', 9),
    { unit: 'hp', month: '2025-07', kind: 'views', data: { days: { '2025-07-01': 5, '2025-07-02': 1 }, reports: { r1: 4, r2: 2 } } },
    { unit: 'hp', month: '2025-07', kind: 'views', data: { days: { '2025-07-01': 2 }, reports: { r2: 2 } } },
  ]
  const year = aggregate(docs, units, { from: '2025-01', to: '2025-12' })

  it('counts reports of the period by month, leaving out other periods', () => {
    expect(year.reports.total).toBe(9)
    expect(year.reports.byMonth).toHaveLength(12)
    expect(year.reports.byMonth.find((m) => m.key === '2025-07')?.count).toBe(6)
    expect(year.reports.byMonth.find((m) => m.key === '2025-01')?.count).toBe(0)
  })
  it('keeps a merged unit under its own name and adds it to its successor', () => {
    expect(year.reports.byUnit).toEqual([
      { key: 'cm', count: 4 },
      { key: 'hd', count: 3 },
      { key: 'hp', count: 2 },
    ])
    expect(year.reports.byCurrentUnit).toEqual([
      { key: 'hp', count: 5 },
      { key: 'cm', count: 4 },
    ])
  })
  it('adds categories, campaigns and officials', () => {
    expect(year.reports.byCategory).toEqual([
      { key: 'c1', count: 8 },
      { key: '', count: 1 },
    ])
    expect(year.reports.byCampaign).toEqual([{ key: 'k', count: 2 }])
    expect(year.reports.officials).toEqual([
      { key: 'o1', count: 3 },
      { key: 'o2', count: 2 },
    ])
  })
  it('gives the workflow\'s median and slowest turnaround and the returns per report', () => {
    expect(year.workflow).toEqual({ reports: 3, medianHours: 30, slowestHours: 50.4, returns: 3, returnedReports: 2, returnsPerReport: 1 })
  })
  it('adds every process\'s views by day, month and report', () => {
    expect(year.readers.total).toBe(8)
    expect(year.readers.byDay).toEqual([
      { key: '2025-07-01', count: 7 },
      { key: '2025-07-02', count: 1 },
    ])
    expect(year.readers.byMonth.find((m) => m.key === '2025-07')?.count).toBe(8)
    expect(year.readers.top).toEqual([
      { key: 'r1', count: 4 },
      { key: 'r2', count: 4 },
    ])
  })
  it('spans the months with figures when the period is all years', () => {
    const all = aggregate(docs, units, { from: null, to: null })
    expect(all.reports.total).toBe(18)
    expect(all.reports.byMonth.map((m) => m.key)).toEqual(['2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07'])
  })
  it('has nothing to say about an empty period', () => {
    const none = aggregate(docs, units, { from: '2020-01', to: '2020-03' })
    expect(none.reports.total).toBe(0)
    expect(none.workflow.medianHours).toBeNull()
    expect(none.workflow.returnsPerReport).toBeNull()
  })
})

describe('median', () => {
  it('takes the middle, or the mean of the two middles', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNull()
  })
  it('reads the same from a histogram', () => {
    expect(histogramMedian(new Map([[5, 1], [1, 1], [3, 1]]))).toBe(3)
    expect(histogramMedian(new Map([[1, 2], [4, 2]]))).toBe(2.5)
    expect(histogramMedian(new Map([[2, 3], [9, 1]]))).toBe(2)
    expect(histogramMedian(new Map())).toBeNull()
  })
})

describe('ranked', () => {
  const sortAll = (map: Map<string, number>) =>
    [...map]
      .filter(([, n]) => n > 0)
      .map(([key, count]) => ({ key, count }))
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1))

  it('picks the same top ten as sorting everything, ties in key order', () => {
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    const map = new Map<string, number>()
    for (let i = 0; i < 5000; i++) map.set(String(Math.floor(random() * 4000)), Math.floor(random() * 6))
    const top = ranked(map, 10)
    expect(top).toHaveLength(10)
    expect(top).toEqual(sortAll(map).slice(0, 10))
  })

  it('leaves out zero counts and returns fewer than the limit when there are fewer', () => {
    expect(ranked(new Map([['b', 2], ['a', 2], ['z', 0], ['c', 5]]), 10)).toEqual([
      { key: 'c', count: 5 },
      { key: 'a', count: 2 },
      { key: 'b', count: 2 },
    ])
    expect(ranked(new Map([['b', 2], ['a', 2], ['c', 5]]), 2)).toEqual([
      { key: 'c', count: 5 },
      { key: 'a', count: 2 },
    ])
  })
})
