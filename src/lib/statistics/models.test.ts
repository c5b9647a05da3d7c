import { describe, expect, it } from 'vitest'
import { countModels, groupModels, modelSentence, type CountedModel } from './models'

const units = [
  { id: 'hd', name: 'Ban Dân vận Tỉnh ủy Hải Dương', successor: 'hp' },
  { id: 'hp', name: 'Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng' },
]
const m = (field: string, unit: string, year: number | null, status = 'recognised', level = 'commune'): CountedModel => ({ field, unit, level, status, yearRecognised: year })
const models = [
  m('economy', 'hd', 2023),
  m('economy', 'hd', 2024),
  m('economy', 'hp', 2025, 'registered'),
  m('culture-society', 'hp', 2024, 'effective', 'district'),
  m('defence-security', 'hp', null, 'registered'),
]

describe('countModels', () => {
  it('counts models up to the period\'s last year, and the period\'s own apart', () => {
    const f = countModels(models, units, { from: 2024, to: 2024 })
    expect([f.total, f.recognised, f.newInPeriod]).toEqual([4, 2, 2])
    expect(f.byField).toEqual([
      { key: 'economy', count: 2 },
      { key: 'culture-society', count: 1 },
      { key: 'defence-security', count: 1 },
      { key: 'political-system', count: 0 },
    ])
    expect(f.byUnit).toEqual([
      { key: 'hd', count: 2 },
      { key: 'hp', count: 2 },
    ])
    expect(f.byCurrentUnit).toEqual([{ key: 'hp', count: 4 }])
    expect(f.byYear).toEqual([
      { key: '2023', count: 1 },
      { key: '2024', count: 2 },
    ])
    expect(f.byYearField).toEqual({ '2023': { economy: 1 }, '2024': { economy: 1, 'culture-society': 1 } })
    expect(f.byStatus).toEqual([
      { key: 'recognised', count: 2 },
      { key: 'effective', count: 1 },
      { key: 'registered', count: 1 },
    ])
    expect(f.byLevel).toEqual([
      { key: 'commune', count: 3 },
      { key: 'district', count: 1 },
    ])
  })
  it('counts everything for all years', () => {
    const f = countModels(models, units, { from: null, to: null })
    expect([f.total, f.newInPeriod]).toEqual([5, 4])
  })
})

describe('groupModels', () => {
  it('stores each combination once with its count, and counts the same as the models one by one', () => {
    const many = [...models, m('economy', 'hd', 2023), m('economy', 'hd', 2023, 'effective')]
    const grouped = (['hd', 'hp'] as const).flatMap((unit) => groupModels(many.filter((x) => x.unit === unit)).map((g) => ({ ...g, unit })))
    expect(grouped.find((g) => g.unit === 'hd' && g.yearRecognised === 2023 && g.status === 'recognised')?.count).toBe(2)
    expect(grouped.length).toBe(many.length - 1)
    for (const years of [{ from: 2024, to: 2024 }, { from: null, to: null }, { from: 2023, to: 2025 }]) expect(countModels(grouped, units, years)).toEqual(countModels(many, units, years))
  })
})

describe('modelSentence', () => {
  it('writes the totals as a board does', () => {
    const f = countModels(models, units, { from: 2024, to: 2024 })
    expect(modelSentence(f, { vi: 'Năm 2024', en: 'Year 2024', endYear: 2024, lowerLabel: 'năm 2024' })).toBe(
      'Đến hết năm 2024 có 4 mô hình "Dân vận khéo" (được công nhận 2), trong đó lĩnh vực kinh tế 2, văn hóa - xã hội 1, quốc phòng - an ninh 1; trong năm 2024 có thêm 2 mô hình.',
    )
  })
  it('prints thousands the Vietnamese way', () => {
    const many = Array.from({ length: 2100 }, () => m('economy', 'hp', 2020))
    expect(modelSentence(countModels(many, units, { from: null, to: null }), { vi: 'Tất cả các năm', en: 'All years', endYear: null, lowerLabel: '' })).toBe(
      'Tổng cộng có 2.100 mô hình "Dân vận khéo" (được công nhận 2.100), trong đó lĩnh vực kinh tế 2.100.',
    )
  })
})
