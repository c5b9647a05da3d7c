import { generate } from 'otplib'
import { describe, expect, it } from 'vitest'
import { boxKey, open, seal } from './secretBox'
import { checkTotp, hashRecoveryCode, matchRecoveryCode, newRecoveryCodes, newTotpSecret, totpUri } from './totp'

describe('TOTP', () => {
  it('accepts the current code and one step either side, once', async () => {
    const secret = newTotpSecret()
    const now = 1_800_000_015
    const code = await generate({ secret, epoch: now })
    const first = await checkTotp(secret, code, null, now)
    expect(first).toEqual({ valid: true, step: Math.floor(now / 30) })
    expect(await checkTotp(secret, await generate({ secret, epoch: now - 30 }), null, now)).toMatchObject({ valid: true })
    expect(await checkTotp(secret, await generate({ secret, epoch: now - 90 }), null, now)).toEqual({ valid: false })
    // replay of a step already used
    expect(await checkTotp(secret, code, first.valid ? first.step : 0, now)).toEqual({ valid: false })
    expect(await checkTotp(secret, ` ${code.slice(0, 3)} ${code.slice(3)} `, null, now)).toMatchObject({ valid: true })
    expect(await checkTotp(secret, 'abcdef', null, now)).toEqual({ valid: false })
  })

  it('writes an otpauth address with the issuer and account', () => {
    const uri = totpUri('JBSWY3DPEHPK3PXP', 'lanhdao@example.vn')
    expect(uri).toMatch(/^otpauth:\/\/totp\/D%C3%A2n%20v%E1%BA%ADn%20CMS:lanhdao%40example\.vn\?/)
    expect(uri).toContain('secret=JBSWY3DPEHPK3PXP')
  })
})

describe('recovery codes', () => {
  it('are ten distinct readable codes, matched by hash whatever the case and dashes', () => {
    const codes = newRecoveryCodes()
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{2}$/)
    const hashes = codes.map(hashRecoveryCode)
    expect(matchRecoveryCode(hashes, codes[3])).toBe(3)
    expect(matchRecoveryCode(hashes, codes[3].toLowerCase().replace(/-/g, ' '))).toBe(3)
    expect(matchRecoveryCode(hashes, 'AAAA-AAAA-AA')).toBe(-1)
    expect(matchRecoveryCode(hashes, '123456')).toBe(-1)
  })
})

describe('secret box', () => {
  it('opens what it sealed with the same key only, and refuses altered boxes', () => {
    const key = boxKey('bi-mat-ung-dung', 'totp')
    const sealed = seal('JBSWY3DPEHPK3PXP', key)
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP')
    expect(open(sealed, key)).toBe('JBSWY3DPEHPK3PXP')
    expect(open(sealed, boxKey('bi-mat-khac', 'totp'))).toBeNull()
    const [v, iv, tag, data] = sealed.split('.')
    expect(open([v, iv, tag, `${data.slice(0, -2)}AA`].join('.'), key)).toBeNull()
    expect(open('JBSWY3DPEHPK3PXP', key)).toBeNull()
  })
})
