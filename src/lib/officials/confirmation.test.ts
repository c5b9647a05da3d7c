import { describe, expect, it } from 'vitest'
import { confirmTitlesOn, titleStatusOn } from './confirmation'
import { organisationLookup, titlesAtDate, type Position } from './titlesAtDate'

const organisations = [
  { id: 1, name: 'Ban Thường vụ Tỉnh ủy Hải Dương', province: 'Hải Dương', validTo: '2025-06-30T16:59:59.999Z' },
  { id: 2, name: 'Ban Dân vận Tỉnh ủy Hải Dương', province: 'Hải Dương', validTo: '2025-02-28T16:59:59.999Z' },
]
const lookup = organisationLookup(organisations)
// Nguyễn Văn Phú as the 28/12/2023 page attests him
const seen: Position[] = [
  { title: 'Ủy viên Ban Thường vụ Tỉnh ủy', organisation: 1, start: '2023-12-28T08:07:27.000Z', end: '2023-12-28T08:07:27.000Z', confirmed: false },
  { title: 'Trưởng Ban Dân vận Tỉnh ủy', organisation: 2, start: '2023-12-28T08:07:27.000Z', end: '2023-12-28T08:07:27.000Z', confirmed: false },
]

describe('title confirmation', () => {
  it('says an attested post is unconfirmed on its day, and unknown on a later day with the last seen titles', () => {
    expect(titleStatusOn(seen, '2023-12-28T10:00:00.000Z', lookup)).toEqual({ state: 'unconfirmed', candidates: seen })
    expect(titleStatusOn(seen, '2024-03-01', lookup)).toEqual({ state: 'none', candidates: seen })
    expect(titleStatusOn([], '2024-03-01', lookup)).toEqual({ state: 'none', candidates: [] })
    expect(titleStatusOn([{ ...seen[0], confirmed: true }], '2023-12-28', lookup).state).toBe('confirmed')
  })

  it('confirms the last seen titles through the report day, leaving older days as they read', () => {
    const { positions, confirmed, impossible } = confirmTitlesOn(seen, '2024-03-01T02:00:00.000Z', lookup)
    expect(confirmed).toEqual(['Ủy viên Ban Thường vụ Tỉnh ủy Hải Dương', 'Trưởng Ban Dân vận Tỉnh ủy Hải Dương'])
    expect(impossible).toEqual([])
    expect(positions.every((p) => p.confirmed)).toBe(true)
    expect(positions[0].start).toBe(seen[0].start)
    expect(titlesAtDate(positions, '2024-03-01', lookup)).toEqual(confirmed)
    expect(titlesAtDate(positions, '2024-03-02', lookup)).toEqual([])
    expect(titlesAtDate(positions, '2023-12-28', lookup)).toEqual(titlesAtDate(seen, '2023-12-28', lookup))
    expect(titleStatusOn(positions, '2024-03-01', lookup).state).toBe('confirmed')
  })

  it('widens backwards for a report dated before the first attestation', () => {
    const { positions } = confirmTitlesOn(seen, '2023-06-01', lookup)
    expect(positions[1].start).toBe('2023-05-31T17:00:00.000Z')
    expect(positions[1].end).toBe(seen[1].end)
  })

  it('will not confirm a post in an organisation that no longer exists on the day', () => {
    const { positions, confirmed, impossible } = confirmTitlesOn(seen, '2025-04-01', lookup)
    expect(confirmed).toEqual(['Ủy viên Ban Thường vụ Tỉnh ủy Hải Dương'])
    expect(impossible).toEqual(['Trưởng Ban Dân vận Tỉnh ủy Hải Dương'])
    expect(positions[1]).toBe(seen[1])
  })
})
