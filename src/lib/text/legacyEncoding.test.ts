import { describe, expect, it } from 'vitest'
import { looksLegacyEncoded } from './legacyEncoding'

describe('looksLegacyEncoded', () => {
  it('spots TCVN3 and VNI text read as Latin-1', () => {
    expect(looksLegacyEncoded('Hµ Néi')).toBe(true) // TCVN3
    expect(looksLegacyEncoded('C«ng t¸c d©n vËn')).toBe(true) // TCVN3
    expect(looksLegacyEncoded('Haø Noäi')).toBe(true) // VNI
    expect(looksLegacyEncoded('Coâng taùc daân vaän')).toBe(true) // VNI
  })

  it('leaves proper Vietnamese and ordinary symbols alone', () => {
    expect(looksLegacyEncoded('Công tác dân vận góp phần thực hiện có hiệu quả')).toBe(false)
    expect(looksLegacyEncoded('Nhiệt độ 25°C, diện tích 120 m², © Ban Dân vận')).toBe(false)
    expect(looksLegacyEncoded('ĐẨY MẠNH THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ')).toBe(false)
    expect(looksLegacyEncoded('“Năm Dân vận chính quyền” – «trích dẫn»')).toBe(false)
  })
})
