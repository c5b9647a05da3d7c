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
})
