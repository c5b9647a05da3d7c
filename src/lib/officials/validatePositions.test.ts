import { describe, expect, it } from 'vitest'
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
