import { describe, expect, it } from 'vitest'
import { canResolve, mergeThread, toThread, withEntry } from './thread'

describe('toThread', () => {
  it('orders the thread oldest first and names each author (none: the system)', () => {
    const thread = toThread([
      { id: 2, text: 'Sửa lại tít', kind: 'return', author: { id: 7, name: 'Trần Văn Biên' }, createdAt: '2026-12-01T03:00:00.000Z' },
      { id: 1, text: 'Thiếu ảnh', kind: 'comment', resolved: true, author: 9, createdAt: '2026-12-01T02:00:00.000Z' },
      { id: 3, text: 'Đã xem', author: { id: 8, email: 'btv@example.vn' }, createdAt: '2026-12-01T04:00:00.000Z' },
    ])
    expect(thread.map((c) => c.id)).toEqual([1, 2, 3])
    expect(thread.map((c) => c.authorName)).toEqual(['', 'Trần Văn Biên', 'btv@example.vn'])
    expect(thread.map((c) => c.kind)).toEqual(['comment', 'return', 'comment'])
    expect(thread[0]).toMatchObject({ resolved: true, authorId: '9' })
    // an author the read left as an id, named from the names given
    expect(toThread([{ id: 1, text: 'Thiếu ảnh', author: 9, createdAt: '2026-12-01T02:00:00.000Z' }], new Map([['9', 'Lê Thị Hoa']]))[0].authorName).toBe('Lê Thị Hoa')
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

describe('mergeThread', () => {
  it('takes the read thread, with what the page sent or changed meanwhile, each once', () => {
    const read = [
      { id: 1, text: 'a', resolved: false },
      { id: 2, text: 'b', resolved: false },
    ]
    expect(mergeThread(read, [])).toEqual(read)
    const merged = mergeThread(read, [
      { id: 2, text: 'b', resolved: true },
      { id: 3, text: 'c', resolved: false },
    ])
    expect(merged.map((c) => [c.id, c.resolved])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ])
    expect(mergeThread([], [{ id: '9', text: 'mới' }]).map((c) => c.id)).toEqual(['9'])
  })
  it('withEntry replaces an entry in place or adds it at the end', () => {
    const list = [
      { id: 1, resolved: false },
      { id: 2, resolved: false },
    ]
    expect(withEntry(list, { id: 1, resolved: true })).toEqual([
      { id: 1, resolved: true },
      { id: 2, resolved: false },
    ])
    expect(withEntry(list, { id: 3, resolved: true }).map((c) => c.id)).toEqual([1, 2, 3])
  })
})
