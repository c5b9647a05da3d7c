import { describe, expect, it } from 'vitest'
import { localPath } from './localPath'

describe('localPath', () => {
  it('keeps paths of this site with their query and hash', () => {
    expect(localPath('/bai-viet/ha-noi/hoi-nghi?trang=2#anh')).toBe('/bai-viet/ha-noi/hoi-nghi?trang=2#anh')
    expect(localPath('/')).toBe('/')
    expect(localPath('/tim-kiem?q=d%C3%A2n%20v%E1%BA%ADn')).toBe('/tim-kiem?q=d%C3%A2n%20v%E1%BA%ADn')
  })

  // the value as the route reads it, after URLSearchParams has decoded it once
  const bypasses = [
    '//evil.example',
    '///evil.example',
    '/\\evil.example/phish', // den=/%5Cevil.example/phish
    '\\\\evil.example',
    '/\t/evil.example', // den=%2F%09%2Fevil.example
    '/\n/evil.example',
    '/\r\n/evil.example',
    '\t//evil.example',
    ' //evil.example',
    '/.//evil.example',
    '/..//evil.example',
    '/%2e%2e//evil.example',
    '/\\/evil.example',
    'https://evil.example',
    'HTTPS://evil.example',
    'javascript:alert(1)',
    '/javascript:alert(1)//',
    'data:text/html,<script>alert(1)</script>',
    '\u0000//evil.example',
    '/\u0000/evil.example',
    'evil.example',
    '',
    null,
  ]

  it.each(bypasses.map((b) => [JSON.stringify(b), b]))('sends %s home, not away', (_name, raw) => {
    const path = localPath(raw as string | null)
    expect(path.startsWith('/')).toBe(true)
    expect(path).not.toMatch(/^\/[/\\]/)
    expect(new URL(path, 'https://dvtinh.example').origin).toBe('https://dvtinh.example')
  })

  it('falls back to the given path', () => {
    expect(localPath('//evil.example', '/admin')).toBe('/admin')
  })
})
