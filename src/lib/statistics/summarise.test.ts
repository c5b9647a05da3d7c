import { describe, expect, it } from 'vitest'
import { addViews, emptyViewsMonth, summariseMonth } from './summarise'

describe('summariseMonth', () => {
  it('counts reports by category, campaign and official, once each per report', () => {
    const month = summariseMonth(
      [
        { id: '1', category: '7', campaigns: ['c1', 'c2'], officials: ['o1', 'o1'] },
        { id: '2', category: null, campaigns: ['c1'], officials: [] },
        { id: '3', category: '7', campaigns: [], officials: ['o2', 'o1'] },
      ],
      [],
    )
    expect(month.published).toBe(3)
    expect(month.categories).toEqual({ '7': 2, '': 1 })
    expect(month.campaigns).toEqual({ c1: 2, c2: 1 })
    expect(month.officials).toEqual({ o1: 2, o2: 1 })
    expect(month.turnaround).toEqual({})
    expect(month.slowest).toBeNull()
    expect(month.returns).toEqual({})
  })
  it('measures submitted → published and counts returns, for reports that went through the workflow', () => {
    const t = (report: string, action: string, at: string) => ({ report, action, createdAt: at })
    const month = summariseMonth(
      [
        { id: '1', category: null, campaigns: [], officials: [] },
        { id: '2', category: null, campaigns: [], officials: [] },
        { id: '3', category: null, campaigns: [], officials: [] },
      ],
      [
        t('1', 'publish', '2024-03-02T10:00:00Z'),
        t('1', 'submit', '2024-03-01T10:00:00Z'),
        t('1', 'forward', '2024-03-01T12:00:00Z'),
        t('2', 'submit', '2024-03-01T00:00:00Z'),
        t('2', 'return', '2024-03-01T01:00:00Z'),
        t('2', 'submit', '2024-03-02T00:00:00Z'),
        t('2', 'return', '2024-03-02T01:00:00Z'),
        t('2', 'submit', '2024-03-03T00:00:00Z'),
        t('2', 'publish', '2024-03-04T06:30:00Z'),
      ],
    )
    expect(month.turnaround).toEqual({ '24': 1, '79': 1 })
    expect(month.slowest).toBe(78.5)
    expect(month.returns).toEqual({ '0': 1, '2': 1 })
  })
})

describe('addViews', () => {
  it('adds views by day and by report', () => {
    const month = addViews(emptyViewsMonth(), [
      { report: '1', day: '2024-03-01', views: 3 },
      { report: '2', day: '2024-03-01', views: 2 },
      { report: '1', day: '2024-03-02', views: 1 },
    ])
    expect(addViews(month, [{ report: '1', day: '2024-03-02', views: 4 }])).toEqual({ days: { '2024-03-01': 5, '2024-03-02': 5 }, reports: { '1': 8, '2': 2 } })
  })
})
