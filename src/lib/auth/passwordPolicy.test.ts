import { describe, expect, it } from 'vitest'
import { translate } from '../../i18n/translations'
import { describePasswordProblems, isWellKnownPassword, passwordProblems, type PasswordMessageKey } from './passwordPolicy'

const kinds = (password: string) => passwordProblems(password).map((problem) => problem.kind)

const words = (language: 'vi' | 'en') => (key: PasswordMessageKey, vars?: Record<string, unknown>) => translate(language, key, vars)

describe('password policy', () => {
  it('accepts long passwords with letters and digits that are not well known', () => {
    expect(kinds('Mat-khau-thu-nghiem-2026')).toEqual([])
    expect(kinds('Cong-tac-vien-2026')).toEqual([])
    expect(kinds('đồng chí bí thư 1930')).toEqual([]) // Vietnamese letters are letters
  })

  it('names every missing part', () => {
    expect(kinds('abc1')).toEqual(['tooShort'])
    expect(kinds('1234567890123')).toEqual(['noLetter'])
    expect(kinds('mot-cau-dai-khong-so')).toEqual(['noDigit'])
    expect(kinds('!!!!')).toEqual(['tooShort', 'noLetter', 'noDigit'])
    expect(passwordProblems('abc1')[0]).toEqual({ kind: 'tooShort', length: 4 })
  })

  it('counts characters, not UTF-16 units or NFD marks', () => {
    expect(kinds('Đảng1930ab')).toEqual([]) // 10 characters
    expect(kinds('Đảng1930ab'.normalize('NFD'))).toEqual([])
    expect(kinds('Đảng1930a')).toEqual(['tooShort'])
  })

  it('refuses well-known passwords, case and punctuation ignored', () => {
    for (const password of ['password123', 'Password123', 'qwerty12345', '1q2w3e4r5t', 'matkhau123', 'MatKhau@123', 'Vietnam123', 'vietnam2024', 'danvan12345', 'Abc@123456'])
      expect(kinds(password), password).toEqual(['common'])
    // the short ones the brief names are on the list, and refused for their length first
    for (const password of ['123456a@', 'Abc@12345', 'vietnam123']) expect(isWellKnownPassword(password), password).toBe(true)
    expect(kinds('Abc@12345')).toEqual(['tooShort'])
    expect(isWellKnownPassword('Mat-khau-thu-nghiem-2026')).toBe(false)
  })

  it('says what is missing in one sentence, in Vietnamese or English', () => {
    expect(describePasswordProblems(passwordProblems('abc'), words('vi'))).toBe('Mật khẩu cần ít nhất 10 ký tự (mới có 3) và có chữ số.')
    expect(describePasswordProblems(passwordProblems('!!'), words('vi'))).toBe('Mật khẩu cần ít nhất 10 ký tự (mới có 2), có chữ cái và có chữ số.')
    expect(describePasswordProblems(passwordProblems('mot-cau-dai-khong-so'), words('en'))).toBe('The password needs a digit.')
    expect(describePasswordProblems(passwordProblems('matkhau1234'), words('vi'))).toMatch(/phổ biến/)
  })
})
