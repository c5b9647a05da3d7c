import { describe, expect, it } from 'vitest'
import { inPeriod, monthsBetween, parsePeriod, periodBounds, periodYears } from './period'

const today = '2025-08-14'

describe('parsePeriod', () => {
  it('defaults to the current Vietnam year', () => {
    const p = parsePeriod({}, today)
    expect([p.kind, p.from, p.to, p.label.vi]).toEqual(['year', '2025-01', '2025-12', 'Năm 2025'])
  })
  it('reads a quarter, a month and a range of months', () => {
    expect(parsePeriod({ period: 'quarter', year: '2024', quarter: '3' }, today)).toMatchObject({ from: '2024-07', to: '2024-09', label: { vi: 'Quý III/2024' } })
    expect(parsePeriod({ period: 'month', year: '2024', month: '3' }, today)).toMatchObject({ from: '2024-03', to: '2024-03', label: { vi: 'Tháng 03/2024' } })
    expect(parsePeriod({ period: 'range', from: '2024-06', to: '2023-11' }, today)).toMatchObject({ from: '2023-11', to: '2024-06', label: { vi: 'Từ tháng 11/2023 đến tháng 06/2024' } })
    expect(parsePeriod({ period: 'all' }, today)).toMatchObject({ from: null, to: null, label: { vi: 'Tất cả các năm' } })
  })
  it('falls back on what it cannot read', () => {
    expect(parsePeriod({ period: 'quarter', year: 'abc', quarter: '9' }, today)).toMatchObject({ from: '2025-07', to: '2025-09' })
    expect(parsePeriod({ period: 'range', from: '2024-13', to: 'x' }, today)).toMatchObject({ from: '2025-01', to: '2025-08' })
    expect(parsePeriod({ period: 'nonsense', year: '2019' }, today)).toMatchObject({ kind: 'year', from: '2019-01' })
  })
})

describe('months of a period', () => {
  it('lists months across a year end', () => {
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02'])
  })
  it('knows what lies inside, days included', () => {
    const p = { from: '2024-07', to: '2024-09' }
    expect(inPeriod(p, '2024-07-01')).toBe(true)
    expect(inPeriod(p, '2024-09')).toBe(true)
    expect(inPeriod(p, '2024-10-01')).toBe(false)
    expect(inPeriod({ from: null, to: null }, '1999-01')).toBe(true)
  })
  it('bounds a period in Vietnam time', () => {
    expect(periodBounds({ from: '2024-07', to: '2024-09' })).toEqual({ start: '2024-06-30T17:00:00.000Z', end: '2024-09-30T17:00:00.000Z' })
    expect(periodBounds({ from: null, to: null })).toBeNull()
    expect(periodYears({ from: '2023-11', to: '2024-02' })).toEqual({ from: 2023, to: 2024 })
  })
})
