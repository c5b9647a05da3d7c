import { describe, expect, it } from 'vitest'
import { hasRole, isAdmin, relationId, unitIdsOf, worksInUnit } from './roles'

describe('roles', () => {
  const editor = { id: 7, roles: ['editor' as const], units: [1, { id: '2' }] }

  it('reads relationship ids in either adapter shape', () => {
    expect(relationId(3)).toBe('3')
    expect(relationId('abc')).toBe('abc')
    expect(relationId({ id: 5 })).toBe('5')
    expect(relationId(null)).toBeNull()
  })

  it('knows a user units and roles', () => {
    expect(unitIdsOf(editor)).toEqual(['1', '2'])
    expect(worksInUnit(editor, 2)).toBe(true)
    expect(worksInUnit(editor, { id: 1 })).toBe(true)
    expect(worksInUnit(editor, 3)).toBe(false)
    expect(worksInUnit(editor, null)).toBe(false)
    expect(hasRole(editor, 'editor', 'approver')).toBe(true)
    expect(isAdmin(editor)).toBe(false)
    expect(isAdmin(null)).toBe(false)
  })
})
