import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SEED_PAGES, seedLine, type SeedExpectation } from '../../../tests/fixtures/seedPages'
import { SEED_UNITS } from '../../seed/initialData'
import { encodeTcvn3, encodeVni, encodeWindows1258 } from '../text/legacyDecode'
import { detectUnit } from './detectUnit'
import type { ParsedPage } from './parsePage'
import { readPage } from './readPage'

const seedText = (file: string) => fs.readFileSync(path.resolve('seed/documents', file), 'utf8')
const utf8 = (text: string) => new TextEncoder().encode(text)

/** The seed as an old site's HTML page: blocks in <p> (wrapped lines with <br>), entities, and chrome in nav, aside and footer. */
function asHtml(text: string): string {
  const entity = (s: string) =>
    [...s]
      .map((ch, i) => {
        if (ch === '&') return '&amp;'
        if (ch === '<') return '&lt;'
        if (ch === '“') return '&ldquo;'
        if (ch === '”') return '&rdquo;'
        if (ch === 'à') return '&agrave;'
        return ch.charCodeAt(0) > 127 && i % 3 === 0 ? `&#x${ch.codePointAt(0)!.toString(16)};` : ch
      })
      .join('')
  const blocks = text.split(/\n[ \t\u00A0]*\n/).map((b) => `<p>${b.split('\n').map(entity).join('<br>\n')}</p>`)
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin</title><style>p { margin: 0 }</style>
<script>var menu = "<p>Trang chủ</p>";</script></head><body>
<header><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức - Sự kiện</a></li></ul></nav></header>
<main><article>${blocks.join('\n')}</article></main>
<aside><h3>Tin liên quan</h3><ul><li>Hội nghị giao ban công tác dân vận quý III (20/09/2024)</li></ul></aside>
<footer>Bản quyền &copy; Ban Dân vận. Địa chỉ: số 1 đường Trần Phú. Điện thoại: 0220 3851 000</footer></body></html>`
}

/** TCVN3 and VNI fonts have no typographic quotes or dashes: their pages used straight ones. */
const fontSafe = (t: string) => t.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/…/g, '...').replace(/[–—]/g, '-')
const same = (t: string) => t
/** ...and TCVN3's one font has capitals only for Ă Â Ê Ô Ơ Ư Đ: "Ủy" is written "ủy". */
const tcvn3Safe = (t: string) => fontSafe(t).replace(/[^\P{Lu}A-ZĂÂÊÔƠƯĐ]/gu, (c) => c.toLowerCase())

const VARIANTS: Record<string, { encode: (text: string) => Uint8Array; text: (t: string) => string }> = {
  'UTF-8 NFC': { encode: utf8, text: same },
  'UTF-8 NFD with CRLF and a BOM': { encode: (t) => utf8('\uFEFF' + t.normalize('NFD').replace(/\n/g, '\r\n')), text: same },
  TCVN3: { encode: encodeTcvn3, text: tcvn3Safe },
  VNI: { encode: encodeVni, text: fontSafe },
  'Windows-1258': { encode: encodeWindows1258, text: same },
  'HTML with entities': { encode: (t) => utf8(asHtml(t)), text: same },
}

/** The expectation as the variant's text can say it. */
function restate(expected: SeedExpectation, fix: (t: string) => string): SeedExpectation {
  const deep = (value: unknown): unknown =>
    typeof value === 'string' ? fix(value) : Array.isArray(value) ? value.map(deep) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [fix(k), deep(v)])) : value
  return { ...(deep(expected) as SeedExpectation), file: expected.file, publishedAt: expected.publishedAt }
}

function check(page: ParsedPage, expected: SeedExpectation, lines: string[]) {
  expect(page.title).toBe(expected.title)
  expect(page.titleDerived).toBe(Boolean(expected.titleDerived))
  expect(page.publishedAt).toBe(expected.publishedAt)
  expect(page.dateApproximate).toBe(Boolean(expected.dateApproximate))
  expect(page.byline).toBe(expected.byline)
  expect(page.source).toBe(expected.source)
  // every article paragraph, in order, and nothing else
  const article = expected.article.map((ref) => seedLine(lines, ref))
  if (expected.leadPrefix) article[0] = article[0].slice(expected.leadPrefix.length)
  expect(page.paragraphs).toEqual(article)
  expect(page.lead).toBe(article.find((p) => !expected.captions.some((c) => seedLine(lines, c) === p)))
  expect(page.captions).toEqual(expected.captions.map((ref) => seedLine(lines, ref)))
  expect(Object.fromEntries(page.officials.map((o) => [o.name, o.titles]))).toEqual(expected.officials)
  expect(page.campaigns.map((c) => c.name)).toEqual(expected.campaigns)
  expect(page.models.map((m) => m.name)).toEqual(expected.models)
  expect(page.legalDocuments.map((d) => d.number)).toEqual(expected.legalDocuments)
  // no chrome: no line outside the article, its title, date and author lines survives
  const kept = new Set([...expected.article, ...expected.captions].flatMap((ref) => (Array.isArray(ref) ? ref : [ref])).concat(expected.meta))
  const stored = [page.title, page.lead, ...page.paragraphs, page.byline ?? '', page.source ?? '']
  const chrome = lines.map((l, i) => ({ line: l.replace(/\s+/g, ' ').trim(), n: i + 1 })).filter(({ line, n }) => line && !kept.has(n))
  expect(chrome.length).toBeGreaterThan(0)
  for (const { line } of chrome) expect(stored.some((s) => s === line || (line.length >= 20 && s.includes(line))), `chrome kept: ${line}`).toBe(false)
}

describe.each(SEED_PAGES)('seed $file', (expected) => {
  const text = seedText(expected.file)
  it.each(Object.keys(VARIANTS))('reads the %s page', (name) => {
    const variant = VARIANTS[name]
    const source = variant.text(text)
    check(readPage(variant.encode(source), name.startsWith('HTML') ? 'page.html' : 'page.txt'), restate(expected, variant.text), source.split('\n'))
  })
  it('belongs to its board', () => {
    const units = SEED_UNITS.map((u) => ({ id: u.key, name: u.name, province: u.province, validTo: u.validTo }))
    const page = readPage(utf8(text))
    expect(detectUnit(page, units, page.publishedAt)?.name).toBe(expected.unit)
  })
})

describe('invisible characters of old pages', () => {
  it('are dropped from what the page holds', () => {
    const text = fs.readFileSync(path.join(process.cwd(), 'seed/documents/002_15b292b6b0cd362d.txt'), 'utf8')
    const dirty = `\uFEFF${text}`.replace('Thái Nguyên: Tăng cường', 'Thái\u200B Nguyên:\u202E Tăng cường\u0000')
    const page = readPage(utf8(dirty))
    expect(page.title).toContain('Thái Nguyên: Tăng cường')
    expect(JSON.stringify(page)).not.toMatch(/[\u0000\u200B\u202E\uFEFF]/)
  })
})
