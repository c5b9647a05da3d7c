import { describe, expect, it } from 'vitest'
import { currentFirst, hasContact, isPhoneNumber, telHref, unitContact } from './contacts'

describe('unit contacts', () => {
  it('accepts Vietnamese phone numbers, several to a field, and refuses words', () => {
    for (const ok of ['024 3823 4567', '+84 (290) 3822062/ 3822065/ 3831925', '(0220) 3.852.345', '0912-345-678; 0243 123 456']) expect(isPhoneNumber(ok), ok).toBe(true)
    for (const bad of ['', 'gọi tổng đài', '12345', '+84 abc 123456', '1234567890123456789']) expect(isPhoneNumber(bad), bad).toBe(false)
  })

  it('links the first number', () => {
    expect(telHref('(0290) 3822062 / 3822065')).toBe('tel:02903822062')
    expect(telHref('+84 (290) 3822062')).toBe('tel:+842903822062')
  })

  it('drops what is empty and trims what is not', () => {
    expect(unitContact({ address: '  ', phone: null, functions: [{ description: ' ' }, { description: 'Tham mưu  cấp ủy', descriptionEn: '' }] })).toEqual({
      address: null,
      phone: null,
      email: null,
      functions: [{ vi: 'Tham mưu cấp ủy', en: null }],
    })
    const full = unitContact({ address: 'Số 1, phố A', phone: '024 3823 4567', email: 'bdv@example.vn', functions: [{ description: 'Tham mưu', descriptionEn: 'Advises' }] })
    expect(full.phone).toEqual({ text: '024 3823 4567', href: 'tel:02438234567' })
    expect(full.email).toEqual({ text: 'bdv@example.vn', href: 'mailto:bdv@example.vn' })
    expect(full.functions).toEqual([{ vi: 'Tham mưu', en: 'Advises' }])
    expect(hasContact(full)).toBe(true)
    expect(hasContact(unitContact({}))).toBe(false)
  })

  it('puts current boards first in Vietnamese order, then ended ones, latest end first', () => {
    const now = new Date('2026-01-01T00:00:00Z')
    const units = [
      { name: 'Ban Dân vận Tỉnh ủy Đắk Lắk' },
      { name: 'Ban Dân vận Tỉnh ủy Hải Dương', validTo: '2025-02-28T16:59:59.999Z' },
      { name: 'Ban Dân vận Tỉnh ủy Cà Mau', validTo: '2025-06-30T16:59:59.999Z' },
      { name: 'Ban Dân vận Thành ủy Hà Nội', validTo: '2030-01-01T00:00:00Z' },
      { name: 'Ban Dân vận Tỉnh ủy Điện Biên' },
    ]
    const { current, former } = currentFirst(units, now)
    expect(current.map((u) => u.name)).toEqual(['Ban Dân vận Thành ủy Hà Nội', 'Ban Dân vận Tỉnh ủy Đắk Lắk', 'Ban Dân vận Tỉnh ủy Điện Biên'])
    expect(former.map((u) => u.name)).toEqual(['Ban Dân vận Tỉnh ủy Cà Mau', 'Ban Dân vận Tỉnh ủy Hải Dương'])
  })
})
