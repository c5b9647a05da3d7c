import { describe, expect, it } from 'vitest'
import { formatSeconds, progressLine, table } from './progress'

describe('progress', () => {
  it('shows count, rate and time left', () => {
    expect(progressLine(250, 1000, 2000, 8)).toBe('[##------] 250/1.000  125 trang/s  còn 6 giây')
    expect(progressLine(0, 10, 0, 4)).toBe('[----] 0/10  0.0 trang/s  còn …')
    expect(formatSeconds(3725)).toBe('1 giờ 2 phút')
  })
  it('aligns a table on Vietnamese text', () => {
    expect(table([['Trang', 'Kết quả'], ['a.txt', 'đã tạo']])).toBe('Trang  Kết quả\na.txt  đã tạo')
  })
})
