import { describe, expect, it } from 'vitest'
import { changeTitles, type StoredPosition } from './changeTitles'
import { titlesAtDate } from './titlesAtDate'

const career: StoredPosition[] = [
  { id: 'a', title: 'Ủy viên Bộ Chính trị', start: '2016-01-28' },
  { id: 'b', title: 'Thường trực Ban Bí thư', start: '2021-04-01' },
]

describe('changeTitles', () => {
  it('ends and starts posts on one day', () => {
    const result = changeTitles(career, { date: '2023-03-02T00:00:00.000Z', end: ['b'], start: [{ title: 'Chủ tịch nước' }] })
    expect('positions' in result).toBe(true)
    if (!('positions' in result)) return
    expect(titlesAtDate(result.positions, '2023-03-01')).toEqual(['Ủy viên Bộ Chính trị', 'Thường trực Ban Bí thư'])
    expect(titlesAtDate(result.positions, '2023-03-02')).toEqual(['Ủy viên Bộ Chính trị', 'Chủ tịch nước'])
    expect(result.positions.find((p) => p.id === 'b')?.end).toBe('2023-03-01T00:00:00.000Z')
  })

  it('refuses ending a post that is not held, and an empty change', () => {
    const refused = changeTitles(career, { date: '2015-01-01', end: ['b'], start: [] })
    expect('errors' in refused && refused.errors.map((e) => e.vi)).toEqual(['"Thường trực Ban Bí thư" không còn đảm nhiệm vào ngày thay đổi.'])
    expect('errors' in changeTitles(career, { date: '2023-03-02', end: [], start: [] })).toBe(true)
    expect('errors' in changeTitles(career, { date: 'hôm qua', end: ['b'], start: [] })).toBe(true)
  })

  it('refuses starting a post already held', () => {
    const refused = changeTitles(career, { date: '2023-03-02', end: [], start: [{ title: 'Ủy viên Bộ Chính trị' }] })
    expect('errors' in refused && refused.errors[0].path).toBe('positions.2.start')
  })
})
