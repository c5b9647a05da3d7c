import { describe, expect, it } from 'vitest'
import { importWrite } from './importWrite'

describe('importWrite', () => {
  it('creates in the target status', () => {
    expect(importWrite(null, 'draft')).toEqual({ draft: true, _status: 'draft', workflowState: 'draft' })
    expect(importWrite(null, 'published')).toEqual({ draft: false, _status: 'published', workflowState: 'published' })
  })
  it('never takes a live report back to a draft: the change waits for review beside it', () => {
    expect(importWrite({ live: true, workflowState: 'published' }, 'draft')).toEqual({ draft: true, _status: 'draft', workflowState: 'submitted' })
    expect(importWrite({ live: true, workflowState: 'published' }, 'published')).toEqual({ draft: false, _status: 'published', workflowState: 'published' })
  })
  it('keeps the state a draft has reached', () => {
    expect(importWrite({ live: false, workflowState: 'inApproval' }, 'draft').workflowState).toBe('inApproval')
    expect(importWrite({ live: false, workflowState: 'unpublished' }, 'draft').workflowState).toBe('unpublished')
    expect(importWrite({ live: false, workflowState: null }, 'draft').workflowState).toBe('draft')
  })
})
