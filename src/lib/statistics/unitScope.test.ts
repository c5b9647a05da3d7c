import { describe, expect, it } from 'vitest'
import { currentUnitOf, statisticsScope, withPredecessors } from './unitScope'

// Hải Dương's board merged into Hải Phòng's, which was itself renamed; Cà Mau stands apart
const units = [
  { id: '1', name: 'Ban Dân vận Tỉnh ủy Hải Dương', successor: '3' },
  { id: '2', name: 'Ban Dân vận Thành ủy Hải Phòng', successor: '3' },
  { id: '3', name: 'Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng' },
  { id: '4', name: 'Ban Dân vận Tỉnh ủy Cà Mau' },
  { id: '5', name: 'Vòng lặp A', successor: '6' },
  { id: '6', name: 'Vòng lặp B', successor: '5' },
]

describe('unit scope', () => {
  it('follows successors to the unit of today', () => {
    expect(currentUnitOf('1', units)).toBe('3')
    expect(currentUnitOf('4', units)).toBe('4')
    expect(['5', '6']).toContain(currentUnitOf('5', units))
  })
  it('takes a unit with every unit that became it', () => {
    expect(withPredecessors(['3'], units).sort()).toEqual(['1', '2', '3'])
    expect(withPredecessors(['1'], units)).toEqual(['1'])
  })
  it('gives staff their units and their predecessors; admins everything', () => {
    expect(statisticsScope(units, ['3'], '').sort()).toEqual(['1', '2', '3'])
    expect(statisticsScope(units, null, '').length).toBe(6)
    expect(statisticsScope(units, null, '3').sort()).toEqual(['1', '2', '3'])
    expect(statisticsScope(units, ['3'], '1')).toEqual(['1'])
  })
  it('gives nothing for a unit outside the user\'s boards', () => {
    expect(statisticsScope(units, ['3'], '4')).toEqual([])
    expect(statisticsScope(units, ['1'], '3')).toEqual([])
  })
})
