import { describe, expect, it } from 'vitest'
import { canResolve, toThread } from './thread'

describe('toThread', () => {
  it('orders the thread oldest first and names each author (none: the system)', () => {
    const thread = toThread(
      [
        { id: 2, text: 'Sửa lại tít', kind: 'return', author: { id: 7, name: 'Trần Văn Biên' }, createdAt: '2026-12-01T03:00:00.000Z' },
        { id: 1, text: 'Thiếu ảnh', kind: 'comment', resolved: true, author: 9, createdAt: '2026-12-01T02:00:00.000Z' },
        { id: 3, text: 'Đã xem', author: { id: 8, email: 'btv@example.vn' }, createdAt: '2026-12-01T04:00:00.000Z' },
      ],
    )
    expect(thread.map((c) => c.id)).toEqual([1, 2, 3])
    expect(thread.map((c) => c.authorName)).toEqual(['', 'Trần Văn Biên', 'btv@example.vn'])
    expect(thread.map((c) => c.kind)).toEqual(['comment', 'return', 'comment'])
    expect(thread[0]).toMatchObject({ resolved: true, authorId: '9' })
  })
})

describe('canResolve', () => {
  const comment = { authorId: '5' }
  it('lets the author, the unit’s editors and approvers, and admins resolve; not other contributors or other units', () => {
    expect(canResolve({ id: 5, roles: ['contributor'], units: [1] }, comment, 1)).toBe(true)
    expect(canResolve({ id: 6, roles: ['contributor'], units: [1] }, comment, 1)).toBe(false)
    expect(canResolve({ id: 6, roles: ['editor'], units: [1] }, comment, { id: 1 })).toBe(true)
    expect(canResolve({ id: 6, roles: ['approver'], units: [2] }, comment, 1)).toBe(false)
    expect(canResolve({ id: 6, roles: ['admin'] }, comment, 1)).toBe(true)
    expect(canResolve(null, comment, 1)).toBe(false)
  })
})
