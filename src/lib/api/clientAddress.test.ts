import { describe, expect, it } from 'vitest'
import { clientAddress } from './clientAddress'

describe('clientAddress', () => {
  it('is the socket address unless proxies are trusted', () => {
    expect(clientAddress('::ffff:203.0.113.7', '1.1.1.1', 0)).toBe('203.0.113.7')
    expect(clientAddress('2001:db8::1', undefined, 1)).toBe('2001:db8::1')
    expect(clientAddress(undefined, undefined, 0)).toBe('unknown')
  })

  it('with one trusted proxy, is the entry that proxy appended, not what the client wrote', () => {
    // the client sent "X-Forwarded-For: 9.9.9.9"; nginx appended the address it saw
    expect(clientAddress('10.0.0.2', '9.9.9.9, 203.0.113.7', 1)).toBe('203.0.113.7')
    expect(clientAddress('10.0.0.2', '203.0.113.7', 1)).toBe('203.0.113.7')
    expect(clientAddress('10.0.0.2', ['9.9.9.9', '203.0.113.7'], 1)).toBe('203.0.113.7')
  })

  it('with two proxies, counts two from the right', () => {
    expect(clientAddress('10.0.0.2', '9.9.9.9, 203.0.113.7, 10.0.0.5', 2)).toBe('203.0.113.7')
    expect(clientAddress('10.0.0.2', '203.0.113.7', 2)).toBe('203.0.113.7')
  })

  it('falls back to the socket when the header is empty', () => {
    expect(clientAddress('10.0.0.2', ' , ', 1)).toBe('10.0.0.2')
  })
})
