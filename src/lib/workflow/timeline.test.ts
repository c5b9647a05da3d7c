import { describe, expect, it } from 'vitest'
import { toTimeline } from './timeline'

describe('toTimeline', () => {
  it('keeps each step in order with the name of who took it (none: the system)', () => {
    const steps = toTimeline([
      { id: 2, action: 'return', from: 'submitted', to: 'draft', user: { id: 7, name: 'Trần Văn Biên' } as never, comment: 'Bổ sung ảnh', createdAt: '2026-12-01T03:00:00.000Z' },
      { id: 1, action: 'publish', from: 'inApproval', to: 'published', user: null, scheduledAt: '2026-12-02T01:00:00.000Z', createdAt: '2026-12-01T02:00:00.000Z' },
    ])
    expect(steps.map((s) => s.id)).toEqual([2, 1])
    expect(steps.map((s) => s.userName)).toEqual(['Trần Văn Biên', null])
    expect(steps[0]).toMatchObject({ from: 'submitted', to: 'draft', comment: 'Bổ sung ảnh', scheduledAt: null })
    expect(steps[1]).toMatchObject({ comment: null, scheduledAt: '2026-12-02T01:00:00.000Z' })
  })

  it('names a user the read left as an id from the names given, else none', () => {
    const step = { id: 3, action: 'submit', from: 'draft', to: 'submitted', user: 9, createdAt: '2026-12-01T01:00:00.000Z' } as const
    expect(toTimeline([step], new Map([['9', 'Lê Thị Hoa']]))[0].userName).toBe('Lê Thị Hoa')
    expect(toTimeline([step])[0].userName).toBeNull()
  })
})
