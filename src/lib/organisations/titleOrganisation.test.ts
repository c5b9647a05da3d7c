import { describe, expect, it } from 'vitest'
import { findOrganisation, organisationNameFor, organisationOfTitle, placeInTitle, settingOfUnit } from './titleOrganisation'

const thaiNguyen = settingOfUnit({ name: 'Ban Dân vận Tỉnh ủy Thái Nguyên', province: 'Thái Nguyên', level: 'province' })
const haNoi = settingOfUnit({ name: 'Ban Dân vận Thành ủy Hà Nội', province: 'Hà Nội', level: 'province' })
const bacNinhCity = settingOfUnit({ name: 'Ban Dân vận Thành ủy Bắc Ninh', province: 'Bắc Ninh', level: 'district' })
const nameOf = (title: string, page = thaiNguyen) => {
  const spec = organisationOfTitle(title, page)
  return spec && organisationNameFor(spec)
}

describe('the organisation a title names', () => {
  it('reads the place a title ends with, not a country or an abbreviation', () => {
    expect(placeInTitle('Bí thư Tỉnh ủy Hải Dương')).toBe('Hải Dương')
    expect(placeInTitle('Chủ tịch HĐND tỉnh Thái Nguyên')).toBe('Thái Nguyên')
    expect(placeInTitle('Bí thư Thành ủy TP Hồ Chí Minh')).toBe('Hồ Chí Minh')
    expect(placeInTitle('Chủ tịch Ủy ban Trung ương MTTQ Việt Nam')).toBeNull()
    expect(placeInTitle('Phó Chủ tịch Thường trực UBND TP')).toBeNull()
    expect(placeInTitle('Trưởng Ban Dân vận Trung ương')).toBeNull()
  })

  it('names the Party committee, the council and the board apart, never the page’s own board for them', () => {
    expect(nameOf('Bí thư Tỉnh ủy')).toBe('Tỉnh ủy Thái Nguyên')
    expect(nameOf('Phó Bí thư Thường trực Tỉnh ủy')).toBe('Tỉnh ủy Thái Nguyên')
    expect(nameOf('Chủ tịch HĐND tỉnh')).toBe('Hội đồng nhân dân tỉnh Thái Nguyên')
    expect(nameOf('Trưởng đoàn Đại biểu Quốc hội tỉnh')).toBe('Đoàn đại biểu Quốc hội tỉnh Thái Nguyên')
    expect(nameOf('Ủy viên Ban Thường vụ Tỉnh ủy')).toBe('Ban Thường vụ Tỉnh ủy Thái Nguyên')
    expect(nameOf('Trưởng Ban Dân vận Tỉnh ủy')).toBe('Ban Dân vận Tỉnh ủy Thái Nguyên')
    expect(nameOf('Bí thư Tỉnh ủy Hải Dương')).toBe('Tỉnh ủy Hải Dương')
    expect(nameOf('Chủ tịch UBND tỉnh Bắc Kạn')).toBe('Ủy ban nhân dân tỉnh Bắc Kạn')
  })

  it('reads "Thành ủy" and "TP" as the page’s city: a centrally-run city or a provincial one', () => {
    expect(nameOf('Phó Chủ tịch Thường trực HĐND TP', haNoi)).toBe('Hội đồng nhân dân thành phố Hà Nội')
    expect(organisationOfTitle('Phó Chủ tịch Thường trực HĐND TP', haNoi)?.level).toBe('province')
    expect(nameOf('Ủy viên BTV Thành ủy', bacNinhCity)).toBe('Ban Thường vụ Thành ủy Bắc Ninh')
    expect(organisationOfTitle('Ủy viên BTV Thành ủy', bacNinhCity)?.level).toBe('district')
    expect(nameOf('Chủ tịch HĐND thành phố', bacNinhCity)).toBe('Hội đồng nhân dân thành phố Bắc Ninh')
    // the province's board, named from a city page
    expect(organisationOfTitle('Trưởng Ban Dân vận Tỉnh ủy', bacNinhCity)).toMatchObject({ level: 'province', committee: 'Tỉnh ủy', place: 'Bắc Ninh' })
    // a provincial city named on a province's page
    expect(organisationOfTitle('Bí thư Thành ủy', thaiNguyen)?.level).toBe('district')
  })

  it('knows the central organs, whatever the page', () => {
    expect(nameOf('Ủy viên Bộ Chính trị')).toBe('Bộ Chính trị')
    expect(nameOf('Thường trực Ban Bí thư')).toBe('Ban Bí thư')
    expect(nameOf('Bí thư Trung ương Đảng')).toBe('Ban Bí thư')
    expect(nameOf('Ủy viên Trung ương Đảng')).toBe('Ban Chấp hành Trung ương Đảng')
    expect(nameOf('Ủy viên BCH Trung ương Đảng')).toBe('Ban Chấp hành Trung ương Đảng')
    expect(nameOf('Phó Trưởng ban Thường trực Ban Dân vận Trung ương')).toBe('Ban Dân vận Trung ương')
    expect(nameOf('Phó Trưởng ban Tuyên giáo và Dân vận Trung ương')).toBe('Ban Tuyên giáo và Dân vận Trung ương')
    expect(nameOf('Chủ tịch Ủy ban Trung ương MTTQ Việt Nam')).toBe('Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam')
    expect(nameOf('Phó Thủ tướng Chính phủ')).toBe('Chính phủ')
    expect(nameOf('Giám đốc Trung tâm Văn hóa')).toBeNull()
  })

  it('finds the record valid on the day, by kind, level and place', () => {
    const organisations = [
      { id: 1, name: 'Tỉnh ủy Thái Nguyên', kind: 'party-committee', level: 'province', province: 'Thái Nguyên', validTo: '2025-06-30T16:59:59.999Z' },
      { id: 2, name: 'Tỉnh ủy Thái Nguyên', kind: 'party-committee', level: 'province', province: 'Thái Nguyên', validFrom: '2025-06-30T17:00:00.000Z' },
      { id: 3, name: 'Ban Dân vận Tỉnh ủy Thái Nguyên', kind: 'party-board', board: 'dan-van', level: 'province', province: 'Thái Nguyên' },
      { id: 4, name: 'Thành ủy Thái Nguyên', kind: 'party-committee', level: 'district', province: 'Thái Nguyên' },
    ]
    const spec = organisationOfTitle('Bí thư Tỉnh ủy', thaiNguyen)!
    expect(findOrganisation(spec, organisations, '2024-06-21')?.id).toBe(1)
    expect(findOrganisation(spec, organisations, '2025-07-01')?.id).toBe(2)
    expect(findOrganisation(organisationOfTitle('Bí thư Thành ủy', thaiNguyen)!, organisations, '2024-06-21')?.id).toBe(4)
    expect(findOrganisation(organisationOfTitle('Bí thư Tỉnh ủy Hải Dương', thaiNguyen)!, organisations, '2024-06-21')).toBeNull()
  })
})
