import { describe, expect, it } from 'vitest'
import { auditValue, describeChange } from './describeChange'

describe('describeChange', () => {
  it('lists each changed field before → after, ids and populated relations alike', () => {
    const before = { name: 'Lê Thị Duyệt', roles: ['editor'], units: [3], updatedAt: '2026-01-01' }
    const after = { name: 'Lê Thị Duyệt', roles: ['approver'], units: [{ id: 3, name: 'Ban Dân vận Thành ủy Hà Nội' }, 5], updatedAt: '2026-02-01' }
    expect(describeChange(before, after)).toBe('roles: [editor] → [approver]; units: [3] → [Ban Dân vận Thành ủy Hà Nội, 5]')
  })

  it('never shows a secret, only that it changed', () => {
    expect(describeChange({ hash: 'a', salt: 'b' }, { hash: 'c', salt: 'd' })).toBe('hash: (đã đổi); salt: (đã đổi)')
    expect(describeChange(null, { email: 'a@b.vn', password: 'Mat-khau-2026' })).toBe('email: a@b.vn; password: (đã đổi)')
  })

  it('says nothing when nothing an administrator cares about changed', () => {
    expect(describeChange({ loginAttempts: 1, lockUntil: null }, { loginAttempts: 2, lockUntil: '2026' })).toBe('')
  })

  it('keeps long values short', () => {
    expect(auditValue('x'.repeat(200))).toHaveLength(118)
    expect(auditValue(null)).toBe('∅')
  })
})
