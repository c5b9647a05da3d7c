import { describe, expect, it } from 'vitest'
import { foldToken, isAccented, parseQuery, tokenize } from './tokenize'

describe('tokenize', () => {
  it('splits words with their positions and offsets, folding accents, case and đ', () => {
    const tokens = tokenize('Đà Nẵng: Dân vận khéo')
    expect(tokens.map((t) => [t.exact, t.folded, t.position])).toEqual([
      ['đà', 'da', 0],
      ['nẵng', 'nang', 1],
      ['dân', 'dan', 2],
      ['vận', 'van', 3],
      ['khéo', 'kheo', 4],
    ])
    expect(tokens.map((t) => 'Đà Nẵng: Dân vận khéo'.slice(t.start, t.end))).toEqual(['Đà', 'Nẵng', 'Dân', 'vận', 'khéo'])
  })

  it('keeps dương, đương and đường apart exactly and together folded', () => {
    const tokens = tokenize('dương ĐƯƠNG Đường')
    expect(tokens.map((t) => t.exact)).toEqual(['dương', 'đương', 'đường'])
    expect(new Set(tokens.map((t) => t.folded))).toEqual(new Set(['duong']))
  })

  it('reads NFD input as NFC', () => {
    const tokens = tokenize('Dân vận khéo'.normalize('NFD'))
    expect(tokens.map((t) => t.exact)).toEqual(['dân', 'vận', 'khéo'])
  })

  it('splits legal numbers and drops leading zeros when folding', () => {
    expect(tokenize('Nghị định số 04/2015/NĐ-CP').map((t) => t.folded)).toEqual(['nghi', 'dinh', 'so', '4', '2015', 'nd', 'cp'])
    expect(foldToken('04')).toBe('4')
    expect(foldToken('0')).toBe('0')
  })
})

describe('parseQuery', () => {
  it('marks accented words and drops repeats', () => {
    expect(parseQuery('Dân vận khéo, dân vận')).toEqual([
      { exact: 'dân', folded: 'dan', accented: true },
      { exact: 'vận', folded: 'van', accented: true },
      { exact: 'khéo', folded: 'kheo', accented: true },
    ])
    expect(parseQuery('dan van kheo').every((t) => !t.accented)).toBe(true)
    expect(parseQuery('  ,, ')).toEqual([])
  })

  it('treats đ as an accent', () => {
    expect(isAccented('đa')).toBe(true)
    expect(isAccented('da')).toBe(false)
    expect(isAccented('04')).toBe(false)
  })
})
