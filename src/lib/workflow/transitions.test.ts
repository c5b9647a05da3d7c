import { describe, expect, it } from 'vitest'
import type { Role } from '../roles'
import { availableActions, checkTransition, doneMessage, WORKFLOW_RULES, type Actor } from './transitions'
import { WORKFLOW_STATES, type WorkflowState } from './states'

const actor = (roles: Role[], isOwner = false, inUnit = true): Actor => ({ roles, isOwner, inUnit })
const later = new Date(Date.now() + 3600_000).toISOString()

describe('workflow transitions', () => {
  // Every state × role: the actions allowed on a report of the user's own unit, not their own.
  const EXPECTED: Record<WorkflowState, Record<Role, string>> = {
    draft: { contributor: '', editor: 'submit', approver: 'submit', admin: 'submit' },
    submitted: { contributor: '', editor: 'forward return', approver: 'forward return', admin: 'forward return' },
    inApproval: { contributor: '', editor: 'return', approver: 'return publish schedulePublish', admin: 'return publish schedulePublish' },
    published: { contributor: '', editor: '', approver: 'unpublish scheduleUnpublish', admin: 'unpublish scheduleUnpublish' },
    unpublished: { contributor: '', editor: 'reopen', approver: 'reopen', admin: 'reopen' },
  }

  for (const { value: state } of WORKFLOW_STATES)
    for (const role of ['contributor', 'editor', 'approver', 'admin'] as Role[])
      it(`${role} on a ${state} report of their unit`, () => {
        expect(availableActions(state, actor([role])).map((r) => r.action).join(' ')).toBe(EXPECTED[state][role])
      })

  it('lets a contributor submit only their own draft', () => {
    expect(availableActions('draft', actor(['contributor'], true)).map((r) => r.action)).toEqual(['submit'])
    expect(checkTransition({ action: 'submit', state: 'draft' }, actor(['contributor'], false)).ok).toBe(false)
  })

  it('lets nobody but an admin act outside their units', () => {
    for (const rule of WORKFLOW_RULES)
      for (const state of rule.from) {
        expect(availableActions(state, actor(['approver', 'editor'], true, false))).toEqual([])
        expect(availableActions(state, actor(['admin'], false, false)).length).toBeGreaterThan(0)
      }
    const refused = checkTransition({ action: 'publish', state: 'inApproval' }, actor(['approver'], false, false))
    expect(refused).toMatchObject({ ok: false, status: 403 })
    expect(!refused.ok && refused.vi).toMatch(/không thuộc đơn vị/)
  })

  it('names the state, the role and what is allowed when refusing', () => {
    const refused = checkTransition({ action: 'publish', state: 'submitted' }, actor(['editor']))
    expect(refused).toEqual({
      ok: false,
      status: 403,
      vi: 'Không thể "Xuất bản" tin bài ở trạng thái "Chờ biên tập" với vai trò Biên tập viên. Được phép: Chuyển duyệt, Trả lại.',
      en: 'Cannot "Publish" a report in state "Submitted" as Editor. Allowed: Send for approval, Return.',
    })
  })

  it('requires a comment to return', () => {
    expect(checkTransition({ action: 'return', state: 'submitted', comment: '  ' }, actor(['editor']))).toMatchObject({ ok: false, status: 400 })
    expect(checkTransition({ action: 'return', state: 'submitted', comment: 'Bổ sung ảnh' }, actor(['editor']))).toMatchObject({ ok: true, to: 'draft' })
  })

  it('requires a future time to schedule, and a schedule to cancel', () => {
    expect(checkTransition({ action: 'schedulePublish', state: 'inApproval' }, actor(['approver']))).toMatchObject({ ok: false, status: 400 })
    expect(checkTransition({ action: 'schedulePublish', state: 'inApproval', at: '2020-01-01T00:00:00Z' }, actor(['approver']))).toMatchObject({ ok: false, status: 400 })
    expect(checkTransition({ action: 'schedulePublish', state: 'inApproval', at: later }, actor(['approver']))).toMatchObject({ ok: true, to: 'inApproval' })
    expect(checkTransition({ action: 'schedulePublish', state: 'inApproval', at: later, hasSchedule: true }, actor(['approver'])).ok).toBe(false)
    expect(checkTransition({ action: 'cancelSchedule', state: 'inApproval' }, actor(['approver'])).ok).toBe(false)
    expect(checkTransition({ action: 'cancelSchedule', state: 'inApproval', hasSchedule: true }, actor(['approver'])).ok).toBe(true)
  })

  it('refuses an unknown action with 400', () => {
    expect(checkTransition({ action: 'approveEverything', state: 'draft' }, actor(['admin']))).toMatchObject({ ok: false, status: 400 })
  })
})

describe('doneMessage', () => {
  it('names what happened, a schedule with its Vietnam time', () => {
    expect(doneMessage('submit', 'vi')).toBe('Đã gửi biên tập.')
    expect(doneMessage('forward', 'en')).toBe('Sent for approval.')
    expect(doneMessage('schedulePublish', 'vi', '2026-12-07T01:30:00.000Z')).toBe('Đã hẹn giờ xuất bản lúc 07/12/2026 08:30.')
  })

  it('lets those who may unpublish take a live version down while an edit is pending, leaving the edit in its state', () => {
    const approver = { roles: ['approver' as const], isOwner: false, inUnit: true }
    const editor = { roles: ['editor' as const], isOwner: false, inUnit: true }
    for (const state of ['draft', 'submitted', 'inApproval'] as const) {
      const verdict = checkTransition({ action: 'unpublish', state, live: true }, approver)
      expect(verdict.ok && verdict.to).toBe(state)
      expect(checkTransition({ action: 'unpublish', state, live: false }, approver).ok).toBe(false)
      expect(checkTransition({ action: 'unpublish', state, live: true }, editor).ok).toBe(false)
      expect(availableActions(state, approver, false, true).map((r) => r.action)).toContain('scheduleUnpublish')
    }
    const down = checkTransition({ action: 'unpublish', state: 'published' }, approver)
    expect(down.ok && down.to).toBe('unpublished')
  })
})
