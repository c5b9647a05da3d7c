import { describe, expect, it } from 'vitest'
import { linkAllowed, MAX_TITLE_LENGTH, stripBadCharacters, textProblem } from './badText'

describe('textProblem', () => {
  it('passes ordinary Vietnamese text, with tabs and line breaks in body text', () => {
    expect(textProblem('Hội nghị sơ kết 6 tháng đầu năm 2024', true)).toBeNull()
    expect(textProblem('Dòng một\nDòng hai\tcột', false)).toBeNull()
  })

  it('refuses NUL and other control characters everywhere', () => {
    for (const bad of ['a\u0000b', 'a\u0007', '\u001bb', 'x\u007f', 'x\u0085y', 'x\u009b']) {
      expect(textProblem(bad, false)).toBe('control')
      expect(textProblem(bad, true)).toBe('control')
    }
  })

  it('refuses bidirectional overrides and zero-width characters in titles, names and slugs', () => {
    for (const bad of ['Tin\u202Ebài', 'ban-dan-van\u200B', '\uFEFFTiêu đề', 'Ng\u200Duyễn', 'a\u2066b\u2069', 'x\u200Fy']) {
      expect(textProblem(bad, true)).toBe('invisible')
      expect(textProblem(bad, false)).toBeNull()
    }
  })

  it(`refuses a title over ${MAX_TITLE_LENGTH} characters, counted as characters`, () => {
    expect(textProblem('ệ'.repeat(MAX_TITLE_LENGTH), true)).toBeNull()
    expect(textProblem('ệ'.repeat(MAX_TITLE_LENGTH + 1), true)).toBe('tooLong')
  })
})

describe('linkAllowed', () => {
  it('allows web pages, e-mail, telephone and this site’s paths', () => {
    for (const ok of ['https://danvan.vn/bai-viet', 'http://example.vn', 'mailto:bandanvan@hanoi.gov.vn', 'tel:+842438256282', '/don-vi/ha-noi', '#anh-1']) expect(linkAllowed(ok)).toBe(true)
  })
  it('refuses scripts, data, files and protocol-relative links', () => {
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', '//evil.example', '/\\evil.example', 'vbscript:x', 'https:/\\evil', '']) expect(linkAllowed(bad)).toBe(false)
  })
})

describe('stripBadCharacters', () => {
  it('drops what an old page hid in its text', () => {
    expect(stripBadCharacters('\uFEFFHội\u200B nghị\u0000')).toBe('Hội nghị')
  })
})
