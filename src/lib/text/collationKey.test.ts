import { describe, expect, it } from 'vitest'
import { collationKey, nameSortKey } from './collationKey'

const collator = new Intl.Collator('vi')
const byKey = (key: (s: string) => string) => (a: string, b: string) =>
  key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0

describe('collationKey', () => {
  it('orders words exactly as Intl.Collator("vi") does', () => {
    const words = [
      'ma', 'mà', 'mả', 'mã', 'má', 'mạ', 'Ma', 'mă', 'mâ', 'mb', 'Dung', 'Đức', 'Duy', 'Dũng',
      'Dương', 'Đào', 'Anh Đào', 'An', 'Anh', 'An B', 'ơ', 'ô', 'o', 'ò', 'ó', 'ồ', 'oa', 'ôa',
      'Ư', 'u', 'Uyên', 'Ưng', 'Hà Nội', 'Hải Dương', 'Cà Mau', 'Thái Nguyên', 'Bắc Ninh',
    ]
    const expected = [...words].sort(collator.compare)
    expect([...words].sort(byKey(collationKey))).toEqual(expected)
  })

  it('treats NFD input like NFC', () => {
    expect(collationKey('Trần Đức Thắng'.normalize('NFD'))).toBe(collationKey('Trần Đức Thắng'))
  })
})

describe('nameSortKey', () => {
  it('lists people by given name, then family name', () => {
    const people = ['Trần Đức Thắng', 'Phạm Tất Thắng', 'Nguyễn Thanh Hải', 'Bùi Thị Minh Hoài', 'Võ Văn Thưởng', 'Đỗ Văn Chiến', 'Lê Minh Khái']
    const sorted = [...people].sort(byKey(nameSortKey))
    expect(sorted).toEqual([
      'Đỗ Văn Chiến',
      'Nguyễn Thanh Hải',
      'Bùi Thị Minh Hoài',
      'Lê Minh Khái',
      'Phạm Tất Thắng',
      'Trần Đức Thắng',
      'Võ Văn Thưởng',
    ])
  })

  it('keeps a one-word name usable', () => {
    expect(nameSortKey('Minh')).toBe(collationKey('Minh'))
  })
})
