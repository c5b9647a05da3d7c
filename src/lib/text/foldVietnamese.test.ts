import { describe, expect, it } from 'vitest'
import { foldVietnamese } from './foldVietnamese'

describe('foldVietnamese', () => {
  it('drops tones and letter marks and maps đ to d', () => {
    expect(foldVietnamese('Dân vận khéo')).toBe('dan van kheo')
    expect(foldVietnamese('Đà Nẵng')).toBe('da nang')
    expect(foldVietnamese('ĐƯỜNG dương đương')).toBe('duong duong duong')
  })
})
