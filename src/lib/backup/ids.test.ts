import { describe, expect, it } from 'vitest'
import { assignIds, latestAfterCreation, newObjectId } from './ids'

describe('restored ids', () => {
  it('keeps ids that fit the target and renews a whole collection otherwise', () => {
    expect([...assignIds([3, 7, 12], 'integer').entries()]).toEqual([['3', 3], ['7', 7], ['12', 12]])
    expect([...assignIds(['65a1b2c3d4e5f60718293a4b', '65a1b2c3d4e5f60718293a4c'], 'integer').values()]).toEqual([1, 2])
    const mongo = assignIds([3, 7], 'objectid')
    expect([...mongo.values()].every((id) => /^[a-f0-9]{24}$/.test(String(id)))).toBe(true)
    expect(new Set(mongo.values()).size).toBe(2)
    expect([...assignIds(['65a1b2c3d4e5f60718293a4b'], 'objectid').values()]).toEqual(['65a1b2c3d4e5f60718293a4b'])
    expect([...assignIds([3, 7, 12], 'integer', { renumber: true }).values()]).toEqual([3, 2, 1])
  })

  it('makes ObjectIds that sort by time', () => {
    const a = newObjectId(Date.parse('2024-01-01'))
    const b = newObjectId(Date.parse('2025-01-01'))
    expect(a < b).toBe(true)
  })

  it('knows which versions the adapter leaves latest after creating them in order', () => {
    const flags = latestAfterCreation([
      { id: 1, parent: 10, updatedAt: '2024-01-01T00:00:00Z' },
      { id: 2, parent: 10, updatedAt: '2024-01-02T00:00:00Z' },
      { id: 3, parent: 11, updatedAt: '2024-01-01T00:00:00Z' },
      // saved earlier than the one before it: both stay latest (the adapter clears older ones only)
      { id: 4, parent: 10, updatedAt: '2023-12-01T00:00:00Z' },
    ])
    expect(Object.fromEntries(flags)).toEqual({ 1: false, 2: true, 3: true, 4: true })
  })
})
