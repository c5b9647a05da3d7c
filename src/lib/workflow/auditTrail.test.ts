import { describe, expect, it } from 'vitest'
import { unloggedChanges } from './auditTrail'

const v = (state: string, at: string) => ({ state: state as never, at: `2026-12-06T10:00:${at}Z` })
const s = (from: string, to: string, at: string) => ({ from: from as never, to: to as never, at: `2026-12-06T10:00:${at}Z` })

describe('unloggedChanges', () => {
  it('finds nothing when every change has its entry, edits between them included', () => {
    const versions = [v('draft', '01'), v('draft', '02'), v('submitted', '03'), v('inApproval', '04'), v('draft', '05')]
    const steps = [s('draft', 'submitted', '03'), s('submitted', 'inApproval', '04'), s('inApproval', 'draft', '05')]
    expect(unloggedChanges(versions, steps)).toEqual([])
  })

  it('names a change no entry tells of (the crash the issue saw: "Chờ biên tập" with no entry)', () => {
    const versions = [v('draft', '01'), v('submitted', '02'), v('inApproval', '03'), v('draft', '04'), v('submitted', '05')]
    const steps = [s('draft', 'submitted', '02'), s('submitted', 'inApproval', '03'), s('inApproval', 'draft', '04')]
    expect(unloggedChanges(versions, steps)).toEqual([{ from: 'draft', to: 'submitted', at: '2026-12-06T10:00:05Z' }])
  })

  it('takes entries in order: one entry never covers two changes', () => {
    const versions = [v('draft', '01'), v('submitted', '02'), v('draft', '03'), v('submitted', '04')]
    const steps = [s('draft', 'submitted', '02'), s('submitted', 'draft', '03')]
    expect(unloggedChanges(versions, steps)).toHaveLength(1)
  })

  it('ignores steps that keep the state, and a first version already past draft needs its entry', () => {
    expect(unloggedChanges([v('inApproval', '01')], [s('inApproval', 'inApproval', '01')])).toEqual([{ from: 'draft', to: 'inApproval', at: '2026-12-06T10:00:01Z' }])
  })
})
