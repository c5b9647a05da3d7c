import { describe, expect, it } from 'vitest'
import { heldOn, protocolRank, titledName, titlesAtDate, titleWithUnit, type Position } from './titlesAtDate'

const voVanThuong: Position[] = [
  { title: 'Chủ tịch nước', start: '2023-03-02', end: '2024-03-21' },
  { title: 'Ủy viên Bộ Chính trị', start: '2016-01-28', end: '2024-03-20' },
  { title: 'Thường trực Ban Bí thư', start: '2021-04-01', end: '2023-03-01' },
  { title: 'Trưởng Ban Tuyên giáo Trung ương', start: '2016-04-01', end: '2021-04-01' },
]

describe('titlesAtDate', () => {
  it('follows a career across changes, never today', () => {
    expect(titlesAtDate(voVanThuong, '2022-01-13')).toEqual(['Ủy viên Bộ Chính trị', 'Thường trực Ban Bí thư'])
    expect(titlesAtDate(voVanThuong, '2023-06-01')).toEqual(['Ủy viên Bộ Chính trị', 'Chủ tịch nước'])
    expect(titlesAtDate(voVanThuong, '2019-05-01')).toEqual(['Ủy viên Bộ Chính trị', 'Trưởng Ban Tuyên giáo Trung ương'])
    expect(titlesAtDate(voVanThuong, '2024-06-01')).toEqual([])
  })

  it('counts the start and end days as held', () => {
    expect(heldOn({ title: 'x', start: '2023-03-02', end: '2024-03-21' }, '2023-03-02')).toBe(true)
    expect(heldOn({ title: 'x', start: '2023-03-02', end: '2024-03-21' }, '2024-03-21')).toBe(true)
    expect(heldOn({ title: 'x', start: '2023-03-02', end: '2024-03-21' }, '2024-03-22')).toBe(false)
    expect(heldOn({ title: 'x' }, '1990-01-01')).toBe(true)
  })

  it('puts Party posts before state posts, in protocol order', () => {
    const mixed: Position[] = [
      { title: 'Chủ tịch HĐND tỉnh' },
      { title: 'Trưởng đoàn Đại biểu Quốc hội tỉnh' },
      { title: 'Bí thư Tỉnh ủy' },
      { title: 'Ủy viên BCH Trung ương Đảng' },
    ]
    expect(titlesAtDate(mixed, '2024-06-21')).toEqual(['Ủy viên BCH Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh', 'Trưởng đoàn Đại biểu Quốc hội tỉnh'])
  })

  it.each([
    ['Tổng Bí thư', 10],
    ['Ủy viên Bộ Chính trị', 20],
    ['Uỷ viên Bộ Chính trị'.normalize('NFD'), 20],
    ['Thường trực Ban Bí thư', 30],
    ['Bí thư Trung ương Đảng', 40],
    ['Ủy viên Trung ương Đảng', 50],
    ['Ủy viên dự khuyết Trung ương Đảng', 50],
    ['Ủy viên Ban Thường vụ Thành ủy', 60],
    ['Ủy viên BTV Thành ủy', 60],
    ['Phó Bí thư Thường trực Thành ủy', 70],
    ['Trưởng Ban Dân vận Tỉnh ủy', 70],
    ['Phó Trưởng ban Thường trực Ban Dân vận Trung ương', 70],
    ['Chủ tịch nước', 80],
    ['Phó Thủ tướng Chính phủ', 80],
    ['Phó Chủ tịch Thường trực UBND TP', 80],
    ['Chủ tịch Ủy ban Trung ương MTTQ Việt Nam', 90],
    ['Chủ tịch Hội Nông dân tỉnh', 90],
    ['Trưởng khối Dân vận phường', 70],
    ['Bác sĩ', 100],
  ])('ranks %s at %i', (title, rank) => {
    expect(protocolRank({ title })).toBe(rank)
  })

  it('lets an explicit protocol rank win', () => {
    expect(titlesAtDate([{ title: 'Chủ tịch nước', protocolRank: 1 }, { title: 'Ủy viên Bộ Chính trị' }], '2023-06-01')).toEqual(['Chủ tịch nước', 'Ủy viên Bộ Chính trị'])
  })

  it('writes the name as reports introduce officials', () => {
    const thang: Position[] = [
      { title: 'Bí thư Tỉnh ủy Hải Dương', start: '2020-10-01', end: '2024-11-30' },
      { title: 'Ủy viên Trung ương Đảng', start: '2021-01-30' },
    ]
    expect(titledName('Trần Đức Thắng', thang, '2023-12-28')).toBe('Đồng chí Trần Đức Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hải Dương')
    expect(titledName('Trần Đức Thắng', thang, '2020-12-01')).toBe('Đồng chí Trần Đức Thắng, Bí thư Tỉnh ủy Hải Dương')
  })

  it('writes a post held in a unit with the unit name of the day', () => {
    expect(titleWithUnit('Trưởng Ban', 'Ban Dân vận Tỉnh ủy Hải Dương')).toBe('Trưởng Ban Dân vận Tỉnh ủy Hải Dương')
    expect(titleWithUnit('Phó Trưởng ban', 'Ban Dân vận Tỉnh ủy Hải Dương')).toBe('Phó Trưởng Ban Dân vận Tỉnh ủy Hải Dương')
    expect(titleWithUnit('Chuyên viên', 'Ban Dân vận Trung ương')).toBe('Chuyên viên Ban Dân vận Trung ương')
    expect(titleWithUnit('Trưởng Ban Dân vận Tỉnh ủy Hải Dương', 'Ban Dân vận Tỉnh ủy Hải Dương')).toBe('Trưởng Ban Dân vận Tỉnh ủy Hải Dương')
    const namer = (unit: unknown, date: string | Date) => (unit === 2 && new Date(date) < new Date('2025-07-01') ? 'Ban Dân vận Tỉnh ủy Hải Dương' : 'Ban Dân vận Thành ủy Hải Phòng')
    const positions: Position[] = [{ title: 'Trưởng Ban', unit: 2, start: '2020-01-01' }]
    expect(titlesAtDate(positions, '2023-12-28', namer)).toEqual(['Trưởng Ban Dân vận Tỉnh ủy Hải Dương'])
    expect(titlesAtDate(positions, '2025-08-01', namer)).toEqual(['Trưởng Ban Dân vận Thành ủy Hải Phòng'])
  })
})
