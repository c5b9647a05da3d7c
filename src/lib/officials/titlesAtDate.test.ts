import { describe, expect, it } from 'vitest'
import { heldOn, protocolRank, titledName, titlesAtDate, completeTitle, organisationLookup, type Position } from './titlesAtDate'

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

  it('completes a title that leaves out its place, and adds nothing else', () => {
    const tinhUy = { name: 'Tỉnh ủy Thái Nguyên', province: 'Thái Nguyên' }
    expect(completeTitle('Bí thư Tỉnh ủy', tinhUy)).toBe('Bí thư Tỉnh ủy Thái Nguyên')
    expect(completeTitle('Phó Bí thư Thường trực Tỉnh ủy', tinhUy)).toBe('Phó Bí thư Thường trực Tỉnh ủy Thái Nguyên')
    expect(completeTitle('Bí thư Tỉnh ủy Thái Nguyên', tinhUy)).toBe('Bí thư Tỉnh ủy Thái Nguyên')
    expect(completeTitle('Chủ tịch HĐND tỉnh', { name: 'Hội đồng nhân dân tỉnh Thái Nguyên', province: 'Thái Nguyên' })).toBe('Chủ tịch HĐND tỉnh Thái Nguyên')
    expect(completeTitle('Chủ tịch HĐND', { name: 'Hội đồng nhân dân tỉnh Thái Nguyên', province: 'Thái Nguyên' })).toBe('Chủ tịch HĐND tỉnh Thái Nguyên')
    expect(completeTitle('Trưởng đoàn Đại biểu Quốc hội tỉnh', { name: 'Đoàn đại biểu Quốc hội tỉnh Thái Nguyên', province: 'Thái Nguyên' })).toBe(
      'Trưởng đoàn Đại biểu Quốc hội tỉnh Thái Nguyên',
    )
    expect(completeTitle('Ủy viên BTV Thành ủy', { name: 'Ban Thường vụ Thành ủy Bắc Ninh', province: 'Bắc Ninh' })).toBe('Ủy viên BTV Thành ủy Bắc Ninh')
    expect(completeTitle('Phó Chủ tịch Thường trực HĐND TP', { name: 'Hội đồng nhân dân thành phố Hà Nội', province: 'Hà Nội' })).toBe('Phó Chủ tịch Thường trực HĐND TP Hà Nội')
    expect(completeTitle('Trưởng Ban Dân vận Thành ủy', { name: 'Ban Dân vận Thành ủy Hà Nội', province: 'Hà Nội' })).toBe('Trưởng Ban Dân vận Thành ủy Hà Nội')
    // a central organ has no place; a title naming another organ is left as printed
    expect(completeTitle('Ủy viên BCH Trung ương Đảng', { name: 'Ban Chấp hành Trung ương Đảng' })).toBe('Ủy viên BCH Trung ương Đảng')
    expect(completeTitle('Phó Trưởng ban Thường trực Ban Dân vận Trung ương', { name: 'Ban Dân vận Trung ương' })).toBe('Phó Trưởng ban Thường trực Ban Dân vận Trung ương')
    expect(completeTitle('Bí thư Tỉnh ủy', { name: 'Ban Dân vận Tỉnh ủy Thái Nguyên', province: 'Thái Nguyên' })).toBe('Bí thư Tỉnh ủy')
    expect(completeTitle('Giám đốc', tinhUy)).toBe('Giám đốc')
  })

  it('reads a post only while its organisation exists, with the place of the day', () => {
    const organisations = [
      { id: 1, name: 'Tỉnh ủy Hải Dương', province: 'Hải Dương', validTo: '2025-06-30T16:59:59.999Z' },
      { id: 2, name: 'Ban Dân vận Trung ương', validTo: '2025-02-02T16:59:59.999Z' },
      { id: 3, name: 'Ban Tuyên giáo và Dân vận Trung ương', validFrom: '2025-02-02T17:00:00.000Z' },
    ]
    const lookup = organisationLookup(organisations)
    const positions: Position[] = [
      { title: 'Bí thư Tỉnh ủy', organisation: 1, start: '2022-10-01' },
      { title: 'Phó Trưởng ban Thường trực Ban Dân vận Trung ương', organisation: 2, start: '2024-06-21' },
      { title: 'Phó Trưởng ban Tuyên giáo và Dân vận Trung ương', organisation: { id: 3, name: 'Ban Tuyên giáo và Dân vận Trung ương' }, start: '2025-02-03' },
    ]
    expect(titlesAtDate(positions, '2024-06-21T03:00:00.000Z', lookup)).toEqual(['Bí thư Tỉnh ủy Hải Dương', 'Phó Trưởng ban Thường trực Ban Dân vận Trung ương'])
    expect(titlesAtDate(positions, '2025-03-01', lookup)).toEqual(['Bí thư Tỉnh ủy Hải Dương', 'Phó Trưởng ban Tuyên giáo và Dân vận Trung ương'])
    expect(titlesAtDate(positions, '2025-07-01', lookup)).toEqual(['Phó Trưởng ban Tuyên giáo và Dân vận Trung ương'])
    // days are Vietnam days: 23:30 on 2 February (UTC 16:30) is still the old board's
    expect(titlesAtDate(positions, '2025-02-02T16:30:00.000Z', lookup)).toContain('Phó Trưởng ban Thường trực Ban Dân vận Trung ương')
  })
})
