import { describe, expect, it } from 'vitest'
import { findDate, parseDateLine, splitTrailingDate, startOfYearVN, statedYear } from './parseDate'

describe('parseDateLine', () => {
  it('reads every seed form as Vietnam time', () => {
    expect(parseDateLine('( Cập nhật:28/12/2023 15:07:27)')).toEqual({ iso: '2023-12-28T08:07:27.000Z', hasTime: true })
    expect(parseDateLine('Thứ Sáu, 21/6/2024')).toEqual({ iso: '2024-06-20T17:00:00.000Z', hasTime: false })
    expect(parseDateLine('(14:23 13/01/2022)')).toEqual({ iso: '2022-01-13T07:23:00.000Z', hasTime: true })
    expect(parseDateLine('2024-07-24 16:42:07')).toEqual({ iso: '2024-07-24T09:42:07.000Z', hasTime: true })
  })
  it('reads ordinary variants', () => {
    expect(parseDateLine('Ngày 21 tháng 6 năm 2024')?.iso).toBe('2024-06-20T17:00:00.000Z')
    expect(parseDateLine('21-06-2024 - 08:30')?.iso).toBe('2024-06-21T01:30:00.000Z')
    expect(parseDateLine('Cập nhật lúc 15h07 ngày 28.12.2023')?.iso).toBe('2023-12-28T08:07:00.000Z')
    expect(parseDateLine('Thứ hai, 01/07/2024 | 07:05 GMT+7')?.iso).toBe('2024-07-01T00:05:00.000Z')
    expect(parseDateLine('Chủ nhật, 2/6/2024, 23:59')?.iso).toBe('2024-06-02T16:59:00.000Z')
  })
  it('rejects sentences, impossible dates and counters', () => {
    expect(parseDateLine('Sáng 13/1/2022, Ban Dân vận Trung ương tổ chức Hội nghị')).toBeNull()
    expect(parseDateLine('31/02/2024')).toBeNull()
    expect(parseDateLine('Số lượt xem 223')).toBeNull()
    expect(parseDateLine('9,546,904')).toBeNull()
  })
})

describe('splitTrailingDate', () => {
  it('cuts the date off a title', () => {
    const split = splitTrailingDate('Hội nghị trực tuyến toàn quốc triển khai công tác Dân vận năm 2022 (14:23 13/01/2022)')
    expect(split?.text).toBe('Hội nghị trực tuyến toàn quốc triển khai công tác Dân vận năm 2022')
    expect(split?.date.iso).toBe('2022-01-13T07:23:00.000Z')
    expect(splitTrailingDate('Nghị quyết (sửa đổi năm 2022)')).toBeNull()
  })
})

describe('findDate and statedYear', () => {
  it('finds a date inside text', () => {
    expect(findDate('ban hành ngày 09/01/2015 của Chính phủ')?.iso).toBe('2015-01-08T17:00:00.000Z')
  })
  it('takes the year a dateless page states', () => {
    expect(statedYear('“Năm Dân vận chính quyền”', 'đặc biệt, năm 2018, Chính phủ chọn', 'năm 2017 năm 2017')).toBe(2018)
    expect(statedYear('Tiêu đề', 'Mở đầu', 'năm 2017, 2017 và 2016')).toBe(2017)
    expect(statedYear('Tiêu đề', 'Mở đầu', 'không có năm')).toBeNull()
    expect(startOfYearVN(2018)).toBe('2017-12-31T17:00:00.000Z')
  })
})
