import { describe, expect, it } from 'vitest'
import { highlight, plainText, snippet } from './highlight'
import { parseQuery } from './tokenize'

describe('highlight', () => {
  it('marks the matched words of an unaccented query, joining neighbours', () => {
    expect(highlight('Phong trào “Dân vận khéo” ở Đà Nẵng', parseQuery('dan van kheo da nang'))).toEqual([
      { text: 'Phong trào “', hit: false },
      { text: 'Dân vận khéo', hit: true },
      { text: '” ở ', hit: false },
      { text: 'Đà Nẵng', hit: true },
    ])
  })

  it('marks every word that matched folded, and keeps text whole', () => {
    const parts = highlight('Hải Dương làm đường', parseQuery('đường'))
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['Dương', 'đường'])
    expect(plainText(parts)).toBe('Hải Dương làm đường')
  })

  it('returns the text unmarked without hits', () => {
    expect(highlight('Công tác dân vận', parseQuery('mặt trận'))).toEqual([{ text: 'Công tác dân vận', hit: false }])
  })
})

describe('snippet', () => {
  const long = `${'Mở đầu bài viết về nhiều việc khác nhau trong năm. '.repeat(12)}Tỉnh đẩy mạnh thực hiện quy chế dân chủ ở cơ sở. ${'Phần cuối còn nhiều câu khác nữa. '.repeat(12)}`

  it('shows the text around the hit, cut at words, with ellipses', () => {
    const parts = snippet(long, parseQuery('quy che dan chu'), 120)
    const text = plainText(parts)
    expect(text.startsWith('…')).toBe(true)
    expect(text.endsWith('…')).toBe(true)
    expect(text.length).toBeLessThanOrEqual(124)
    expect(parts.find((p) => p.hit)?.text).toBe('quy chế dân chủ')
  })

  it('prefers the place where more query words meet', () => {
    const text = 'Dân chủ là mục tiêu. Nhiều nội dung khác được bàn. Thực hiện tốt quy chế dân chủ ở cơ sở.'
    const parts = snippet(text, parseQuery('quy chế dân chủ'), 60)
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toContain('quy chế dân chủ')
  })

  it('prefers the phrase to the same words apart', () => {
    const text = 'Năm nay đã có nhiều năng lực mới cho các xã. Nhiều nội dung khác được bàn thêm ở đây nữa. Đoàn công tác đến Đà Nẵng học tập kinh nghiệm.'
    const parts = snippet(text, parseQuery('da nang'), 60)
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toContain('Đà Nẵng')
  })

  it('prefers the exact accents of the query', () => {
    const text = 'Tỉnh Hải Dương biểu dương các điển hình. Nhiều nội dung khác được bàn thêm ở đây nữa. Xã làm mới con đường liên thôn.'
    const parts = snippet(text, parseQuery('đường'), 50)
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['đường'])
  })

  it('starts at the beginning when nothing matches or the text is short', () => {
    expect(plainText(snippet('Ngắn gọn.', parseQuery('xyz')))).toBe('Ngắn gọn.')
    expect(snippet('', parseQuery('xyz'))).toEqual([])
  })
})
