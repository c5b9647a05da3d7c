import { describe, expect, it } from 'vitest'
import { organisationLookup } from './titlesAtDate'
import { validatePositions } from './validatePositions'

describe('validatePositions', () => {
  it('accepts a career of successive posts', () => {
    expect(validatePositions([
      { title: 'Phó Bí thư Tỉnh ủy', start: '2015-10-01', end: '2020-09-30' },
      { title: 'Bí thư Tỉnh ủy', start: '2020-10-01' },
      { title: 'Bí thư Tỉnh ủy', start: '2010-01-01', end: '2012-01-01' },
    ])).toEqual([])
  })

  it('names the row and the reason for each problem', () => {
    const errors = validatePositions([
      { title: ' ', start: '2020-01-01' },
      { title: 'Bí thư Tỉnh ủy', start: '2021-01-01', end: '2020-01-01' },
      { title: 'Chủ tịch HĐND tỉnh', start: 'ngày mai' },
    ])
    expect(errors.map((e) => [e.path, e.vi])).toEqual([
      ['positions.0.title', 'Chức vụ số 1: chưa có chức danh.'],
      ['positions.1.end', 'Chức vụ số 2 ("Bí thư Tỉnh ủy"): ngày kết thúc trước ngày bắt đầu.'],
      ['positions.2.start', 'Chức vụ số 3: ngày không hợp lệ.'],
    ])
  })

  it('refuses the same post held twice over overlapping periods, however it is spelled', () => {
    const errors = validatePositions([
      { title: 'Ủy viên Trung ương Đảng', start: '2021-01-30' },
      { title: 'Uy vien Trung uong Dang'.replace('Uy', 'Ủy'), start: '2016-01-01', end: '2021-02-01' },
    ])
    expect(errors.map((e) => e.path)).toEqual(['positions.1.start'])
    expect(validatePositions([{ title: 'Ủy viên Trung ương Đảng', start: '2021-01-30' }, { title: 'Ủy viên Trung ương Đảng', start: '2016-01-01', end: '2021-01-29' }])).toEqual([])
  })
})

describe('validatePositions against organisations', () => {
  const lookup = organisationLookup([
    { id: 1, name: 'Ban Dân vận Trung ương', validTo: '2025-02-02T16:59:59.999Z' },
    { id: 2, name: 'Ban Tuyên giáo và Dân vận Trung ương', validFrom: '2025-02-02T17:00:00.000Z' },
  ])
  it('refuses a post in an unknown organisation or outside its existence, naming the post', () => {
    const errors = validatePositions(
      [
        { title: 'Phó Trưởng ban Tuyên giáo và Dân vận Trung ương', organisation: 2, start: '2024-06-21' },
        { title: 'Phó Trưởng ban Thường trực Ban Dân vận Trung ương', organisation: 1, start: '2024-06-21', end: '2025-03-01' },
        { title: 'Chủ tịch UBND tỉnh', organisation: 99, start: '2020-01-01' },
        { title: 'Phó Trưởng ban Thường trực Ban Dân vận Trung ương', organisation: 1, start: '2024-06-21', end: '2025-02-02' },
      ],
      lookup,
    )
    expect(errors.map((e) => [e.path, e.vi])).toEqual([
      ['positions.0.organisation', 'Chức vụ số 1 ("Phó Trưởng ban Tuyên giáo và Dân vận Trung ương"): "Ban Tuyên giáo và Dân vận Trung ương" chỉ tồn tại từ 03/02/2025; hãy chọn cơ quan của thời gian đó.'],
      ['positions.1.organisation', 'Chức vụ số 2 ("Phó Trưởng ban Thường trực Ban Dân vận Trung ương"): "Ban Dân vận Trung ương" chỉ tồn tại đến 02/02/2025; hãy chọn cơ quan của thời gian đó.'],
      ['positions.2.organisation', 'Chức vụ số 3 ("Chủ tịch UBND tỉnh"): cơ quan, tổ chức không tồn tại.'],
      ['positions.3.start', 'Chức vụ số 4 ("Phó Trưởng ban Thường trực Ban Dân vận Trung ương") trùng thời gian với chức vụ số 2 cùng chức danh.'],
    ])
  })
  it('tells the same title in two organisations apart', () => {
    expect(validatePositions([{ title: 'Phó Trưởng ban', organisation: 1, start: '2024-01-01' }, { title: 'Phó Trưởng ban', organisation: 2, start: '2025-03-01' }], lookup)).toEqual([])
  })
})
