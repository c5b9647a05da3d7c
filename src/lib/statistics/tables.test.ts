import { describe, expect, it } from 'vitest'
import { aggregate } from './aggregate'
import { countModels } from './models'
import { parsePeriod } from './period'
import { chartShape, dashboardTables, type Dashboard } from './tables'

const units = [
  { id: '1', name: 'Ban Dân vận Tỉnh ủy Hải Dương', successor: '2' },
  { id: '2', name: 'Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng' },
]
const period = parsePeriod({ period: 'quarter', year: '2025', quarter: '3' }, '2025-08-01')
const figures = aggregate(
  [
    { unit: '1', month: '2025-06', kind: 'reports', data: { published: 5, categories: {}, campaigns: {}, officials: {}, turnaround: {}, slowest: null, returns: {} } },
    { unit: '2', month: '2025-07', kind: 'reports', data: { published: 2, categories: { '9': 2 }, campaigns: {}, officials: { '4': 1 }, turnaround: { '12': 1 }, slowest: 12.25, returns: { '1': 1 } } },
  ],
  units,
  period,
)
const dashboard: Dashboard = {
  period,
  units: units.map(({ id, name }) => ({ id, name })),
  unitChoices: [],
  models: countModels([{ field: 'economy', unit: '1', level: null, status: 'recognised', yearRecognised: 2025 }], units, { from: 2025, to: 2025 }),
  modelSentence: { vi: '', en: '' },
  ...figures,
  readers: { ...figures.readers, allTime: {} },
  names: { units: { '1': units[0].name, '2': units[1].name }, currentUnits: { '1': '2', '2': '2' }, categories: { '9': 'Tin hoạt động' }, campaigns: {}, officials: { '4': 'Trần Đức Thắng' }, reports: {} },
}

describe('dashboardTables', () => {
  const tables = dashboardTables(dashboard)
  const table = (id: string) => tables.find((t) => t.id === id)!
  it('gives every table a unique ASCII id (the export names and XLSX sheets)', () => {
    expect(new Set(tables.map((t) => t.id)).size).toBe(tables.length)
    for (const t of tables) expect(t.id).toMatch(/^[a-z0-9-]{1,31}$/)
  })
  it('shows the months of the period and each unit with the unit it counts in today', () => {
    expect(table('tin-bai-thang').rows).toEqual([
      ['2025-07', 2],
      ['2025-08', 0],
      ['2025-09', 0],
    ])
    expect(table('tin-bai-don-vi').rows).toEqual([['Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng', 'Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng', 2]])
    expect(table('mo-hinh-don-vi').rows).toEqual([['Ban Dân vận Tỉnh ủy Hải Dương', 'Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng', 1]])
  })
  it('names categories and officials, and rounds hours to one place', () => {
    expect(table('tin-bai-chuyen-muc').rows).toEqual([['Tin hoạt động', 2]])
    expect(table('can-bo').rows).toEqual([['Trần Đức Thắng', 1]])
    expect(table('quy-trinh').rows[1]).toEqual(['Thời gian trung vị từ gửi biên tập đến xuất bản', 12, 'giờ'])
    expect(table('quy-trinh').rows[2]).toEqual(['Thời gian chậm nhất từ gửi biên tập đến xuất bản', 12.3, 'giờ'])
    expect(dashboardTables(dashboard, 'en').find((t) => t.id === 'quy-trinh')!.rows[1][0]).toBe('Median time from submission to publication')
  })
  it('stacks the models by year by field', () => {
    expect(table('mo-hinh-nam').columns.map((c) => c.label.vi)).toEqual(['Năm công nhận', 'Kinh tế', 'Văn hóa - xã hội', 'Quốc phòng - an ninh', 'Xây dựng hệ thống chính trị', 'Tổng'])
    expect(table('mo-hinh-nam').rows).toEqual([['2025', 1, 0, 0, 0, 1]])
    expect(table('mo-hinh-nam').chart).toEqual({ values: [1, 2, 3, 4] })
  })
})

describe('chartShape', () => {
  it('stands short labels up as columns and lays names down as bars, a line each', () => {
    expect(chartShape(['2026-01', '2026-02'])).toEqual({ layout: 'columns', height: 240 })
    expect(chartShape(['Kinh tế', 'Xây dựng hệ thống chính trị', 'Văn hóa - xã hội'])).toEqual({ layout: 'bars', height: 160 })
    expect(chartShape(['Ban Dân vận Tỉnh ủy Cà Mau', 'b', 'c', 'd', 'e', 'f']).height).toBe(6 * 32 + 48)
  })
})
