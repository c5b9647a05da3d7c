import { describe, expect, it } from 'vitest'
import { myWorkSections } from './myWork'

describe('myWorkSections', () => {
  it('gives each role what waits on it, and every author what they sent', () => {
    const keys = (roles: string[]) => myWorkSections({ id: 7, roles, units: [3] } as never).map((s) => s.key)
    expect(keys(['contributor'])).toEqual(['returned', 'drafts', 'sent', 'scheduled'])
    expect(keys(['editor'])).toEqual(['toEdit', 'returned', 'drafts', 'sent', 'scheduled'])
    expect(keys(['approver'])).toEqual(['toApprove', 'returned', 'drafts', 'sent', 'scheduled'])
  })
  it('lists the author’s own reports past the draft, whatever state they reached', () => {
    const sent = myWorkSections({ id: 7, roles: ['contributor'], units: [3] } as never).find((s) => s.key === 'sent')!
    expect(sent.title).toBe('Bài tôi đã gửi')
    expect(sent.where).toEqual({ and: [{ createdBy: { equals: 7 } }, { workflowState: { in: ['submitted', 'inApproval', 'published', 'unpublished'] } }] })
  })
})
