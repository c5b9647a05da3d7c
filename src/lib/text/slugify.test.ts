import { describe, expect, it } from 'vitest'
import { slugify, slugWithSuffix } from './slugify'

describe('slugify', () => {
  it.each([
    ['Hải Dương: Công tác dân vận', 'hai-duong-cong-tac-dan-van'],
    [
      'Hải Dương: Công tác dân vận góp phần thực hiện có hiệu quả các nhiệm vụ chính trị của tỉnh',
      'hai-duong-cong-tac-dan-van-gop-phan-thuc-hien-co-hieu-qua-cac-nhiem-vu-chinh-tri-cua-tinh',
    ],
    ['“Năm Dân vận chính quyền” - tạo niềm tin với dân, xây dựng chính quyền vững mạnh', 'nam-dan-van-chinh-quyen-tao-niem-tin-voi-dan-xay-dung-chinh-quyen-vung-manh'],
    ['Hội nghị trực tuyến toàn quốc triển khai công tác Dân vận năm 2022', 'hoi-nghi-truc-tuyen-toan-quoc-trien-khai-cong-tac-dan-van-nam-2022'],
    ['ĐẨY MẠNH THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ', 'day-manh-thuc-hien-quy-che-dan-chu-o-co-so'],
    ['Đà Nẵng', 'da-nang'],
    ['Nghị định số 04/2015/NĐ-CP', 'nghi-dinh-so-04-2015-nd-cp'],
  ])('%s', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  it('folds NFD input the same as NFC', () => {
    expect(slugify('Dân vận khéo'.normalize('NFD'))).toBe('dan-van-kheo')
  })

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Tỉnh nắm đến xã, huyện nắm đến thôn, xã nắm đến người dân, đoàn viên, hội viên trên địa bàn tỉnh Bắc Ninh năm 2024')
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug.endsWith('-')).toBe(false)
    expect('tinh-nam-den-xa-huyen-nam-den-thon-xa-nam-den-nguoi-dan-doan-vien-hoi-vien-tren-dia-ban-tinh-bac-ninh-nam-2024'.startsWith(slug)).toBe(true)
  })

  it('returns an empty string for empty input', () => {
    expect(slugify('')).toBe('')
    expect(slugify(undefined)).toBe('')
    expect(slugify('!!!')).toBe('')
  })

  it('keeps a suffix that slugify would otherwise cut off a long title', () => {
    const title = 'Tỉnh nắm đến xã, huyện nắm đến thôn, xã nắm đến người dân, đoàn viên, hội viên trên địa bàn tỉnh Bắc Ninh năm 2024'
    const slug = slugWithSuffix(title, '2024-06-21')
    expect(slug.endsWith('-2024-06-21')).toBe(true)
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slugify(slug)).toBe(slug)
    expect(slugWithSuffix('Hội nghị', 'ban-dan-van-tinh-uy-bac-ninh')).toBe('hoi-nghi-ban-dan-van-tinh-uy-bac-ninh')
  })
})
