import { describe, expect, it } from 'vitest'
import { deepNFC, isNotNFC, toNFC } from './normaliseVietnamese'

describe('normaliseVietnamese', () => {
  const nfd = 'Dân vận khéo'.normalize('NFD')

  it('composes NFD text', () => {
    expect(nfd).not.toBe('Dân vận khéo')
    expect(toNFC(nfd)).toBe('Dân vận khéo')
    expect(isNotNFC(nfd)).toBe(true)
    expect(isNotNFC('Dân vận khéo')).toBe(false)
  })

  it('walks nested rich-text JSON', () => {
    const lexical = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: nfd, format: 0 }] }] } }
    const out = deepNFC(lexical)
    expect(out.root.children[0].children[0].text).toBe('Dân vận khéo')
    expect(out.root.children[0].children[0].format).toBe(0)
    expect(lexical.root.children[0].children[0].text).toBe(nfd) // input untouched
  })
})
