import { describe, expect, it } from 'vitest'
import { legalNumberKey } from './legalNumberKey'

describe('legalNumberKey', () => {
  it('treats spellings of the same number alike', () => {
    const key = legalNumberKey('04/2015/NĐ-CP')
    expect(key).toBe('4/2015/ND-CP')
    for (const spelling of ['số 04/2015/NĐ-CP', '4/2015/nđ-cp', '04 / 2015 / NĐ–CP', '04/2015/ND-CP'.normalize('NFD')]) {
      expect(legalNumberKey(spelling)).toBe(key)
    }
  })

  it('keeps different documents apart', () => {
    expect(legalNumberKey('25-NQ/TW')).toBe('25-NQ/TW')
    expect(legalNumberKey('25-NQ/TW')).not.toBe(legalNumberKey('26-NQ/TW'))
    expect(legalNumberKey('43-KL/TW')).not.toBe(legalNumberKey('43-KL/TU'))
    expect(legalNumberKey('1847/QĐ-TTg')).toBe('1847/QD-TTG')
  })
})
