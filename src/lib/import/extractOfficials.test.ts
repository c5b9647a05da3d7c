import { describe, expect, it } from 'vitest'
import { extractOfficials } from './extractOfficials'

describe('extractOfficials', () => {
  it('reads "đồng chí {name}, {titles}" and stops at the verb', () => {
    expect(
      extractOfficials(['Đồng chí Trần Đức Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hải Dương tiếp xúc, đối thoại với cán bộ']),
    ).toEqual([{ name: 'Trần Đức Thắng', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy Hải Dương'] }])
  })
  it('reads the inverted "{titles} {name}" form', () => {
    expect(extractOfficials(['Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố Nguyễn Hoàng Long phát biểu chỉ đạo'])).toEqual([
      { name: 'Nguyễn Hoàng Long', titles: ['Phó Bí thư Thường trực Thành ủy', 'Chủ tịch HĐND thành phố'] },
    ])
    expect(extractOfficials(['Phát biểu chỉ đạo tại hội nghị, Thường trực Ban Bí thư Võ Văn Thưởng đánh giá cao'])).toEqual([
      { name: 'Võ Văn Thưởng', titles: ['Thường trực Ban Bí thư'] },
    ])
    expect(
      extractOfficials(['các đồng chí Ủy viên Ban Thường vụ Thành ủy: Trưởng Ban Dân vận Thành ủy Nguyễn Doãn Toản; Phó Chủ tịch Thường trực HĐND TP Phùng Thị Hồng Hà;']),
    ).toEqual([
      { name: 'Nguyễn Doãn Toản', titles: ['Ủy viên Ban Thường vụ Thành ủy', 'Trưởng Ban Dân vận Thành ủy'] },
      { name: 'Phùng Thị Hồng Hà', titles: ['Ủy viên Ban Thường vụ Thành ủy', 'Phó Chủ tịch Thường trực HĐND TP'] },
    ])
  })
  it('merges mentions of one name and keeps a bare "đồng chí {name}"', () => {
    expect(
      extractOfficials(['Đồng chí Võ Văn Thưởng cho biết', 'Thường trực Ban Bí thư Võ Văn Thưởng đánh giá', 'đồng chí Võ Văn Thưởng, Thường trực Ban Bí thư, phát biểu']),
    ).toEqual([{ name: 'Võ Văn Thưởng', titles: ['Thường trực Ban Bí thư'] }])
  })
  it('takes neither places nor organisations for people', () => {
    expect(extractOfficials(['Ban Thường vụ Tỉnh ủy Thái Nguyên tặng Bằng khen; tư tưởng Hồ Chí Minh', 'Đồng chí Phó Bí thư Thường trực Thành ủy đề nghị'])).toEqual([])
  })
})
