import { describe, expect, it } from 'vitest'
import { LOCKOUT_RULES, lockVerdict, type LoginFailure } from './lockout'

const MIN = 60_000
const now = 1_800_000_000_000
const failures = (count: number, account: string, address: (i: number) => string, start = now - 10 * MIN): LoginFailure[] =>
  Array.from({ length: count }, (_, i) => ({ account, address: address(i), at: start + i * 1000 }))

describe('login lockout', () => {
  it('locks one account from one address after 5 failures there, and only there', () => {
    const five = failures(5, 'admin', () => '203.0.113.9')
    expect(lockVerdict(five.slice(0, 4), { account: 'admin', address: '203.0.113.9', now })).toEqual({ locked: false })
    const verdict = lockVerdict(five, { account: 'admin', address: '203.0.113.9', now })
    expect(verdict).toEqual({ locked: true, reason: 'pair', until: five[0].at + LOCKOUT_RULES.windowMs })
    // the admin at the office is not locked out by the attacker's address
    expect(lockVerdict(five, { account: 'admin', address: '198.51.100.1', now })).toEqual({ locked: false })
    // nor is another account from the attacker's address (yet)
    expect(lockVerdict(five, { account: 'editor', address: '203.0.113.9', now })).toEqual({ locked: false })
  })

  it('however many failures one address makes, the account stays open to other addresses', () => {
    const many = failures(500, 'admin', () => '203.0.113.9', now - 14 * MIN).map((f, i) => ({ ...f, at: now - 14 * MIN + i * 100 }))
    expect(lockVerdict(many, { account: 'admin', address: '198.51.100.1', now })).toEqual({ locked: false })
  })

  it('locks an address after 20 failures on any accounts, known or not', () => {
    const spray = failures(20, '', () => '203.0.113.9').map((f, i) => ({ ...f, account: `nguoi-${i}` }))
    expect(lockVerdict(spray.slice(1), { account: 'x', address: '203.0.113.9', now })).toEqual({ locked: false })
    expect(lockVerdict(spray, { account: 'x', address: '203.0.113.9', now })).toMatchObject({ locked: true, reason: 'address' })
    expect(lockVerdict(spray, { account: 'x', address: '203.0.113.10', now })).toEqual({ locked: false })
  })

  it('locks an account everywhere once failures come from 5 addresses, each counted once', () => {
    const four = failures(4, 'admin', (i) => `203.0.113.${i}`)
    const repeated = [...four, ...four.map((f) => ({ ...f, at: f.at + 1000 }))]
    expect(lockVerdict(repeated, { account: 'admin', address: '198.51.100.1', now })).toEqual({ locked: false })
    const five = failures(5, 'admin', (i) => `203.0.113.${i}`)
    expect(lockVerdict(five, { account: 'admin', address: '198.51.100.1', now })).toEqual({ locked: true, reason: 'account', until: five[0].at + LOCKOUT_RULES.windowMs })
  })

  it('forgets failures older than the window', () => {
    const old = failures(5, 'admin', () => '203.0.113.9', now - 16 * MIN)
    expect(lockVerdict(old, { account: 'admin', address: '203.0.113.9', now })).toEqual({ locked: false })
    // the lock ends when the oldest failure that holds it leaves the window
    const five = failures(5, 'admin', () => '203.0.113.9')
    const { until } = lockVerdict(five, { account: 'admin', address: '203.0.113.9', now }) as { until: number }
    expect(lockVerdict(five, { account: 'admin', address: '203.0.113.9', now: until })).toEqual({ locked: false })
  })
})
