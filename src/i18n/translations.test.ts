import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { customTranslations, languageOf, requestLanguage, tr } from './translations'

const vi = customTranslations.vi.custom as Record<string, string>
const en = customTranslations.en.custom as Record<string, string>
const placeholders = (message: string) => [...message.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

/** Vietnamese letters with a mark, and đ: what hard-coded Vietnamese wording is made of. */
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i
/** The product's name, the same in both languages. */
const PRODUCT_NAME = 'Dân vận CMS'
const ADMIN = path.join(process.cwd(), 'src/components/admin')

/** A component's code without its comments (line, block and JSX comments). */
const withoutComments = (code: string) => code.replace(/\{?\/\*[\s\S]*?\*\/\}?/g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')

describe('the translation table', () => {
  it('has every Vietnamese key in English too, with the same placeholders', () => {
    expect(Object.keys(vi).filter((key) => !(key in en))).toEqual([])
    for (const [key, message] of Object.entries(vi)) expect(placeholders(en[key]), key).toEqual(placeholders(message))
  })

  it('holds no braces but placeholders', () => {
    for (const [key, message] of [...Object.entries(vi), ...Object.entries(en)]) expect(message.replace(/\{\{\w+\}\}/g, ''), key).not.toMatch(/[{}]/)
  })

  it('reads a custom key through the translator, with its values', () => {
    const t = (key: string, vars?: Record<string, unknown>) => `${key} ${JSON.stringify(vars ?? {})}`
    expect(tr(t, 'myWorkSeeAll', { count: 3 })).toBe('custom:myWorkSeeAll {"count":3}')
  })

  it("takes the admin's language: English when chosen, else Vietnamese", () => {
    expect(languageOf({ language: 'en' })).toBe('en')
    expect(languageOf({ language: 'vi' })).toBe('vi')
    expect(languageOf({ language: 'fr' })).toBe('vi')
    expect(languageOf(undefined)).toBe('vi')
    expect(requestLanguage({ i18n: { language: 'en' } })).toBe('en')
    expect(requestLanguage({})).toBe('vi')
  })
})

describe("the admin's own components", () => {
  it('write no Vietnamese of their own: every word comes from the translation table', () => {
    const found: string[] = []
    for (const file of (fs.readdirSync(ADMIN, { recursive: true }) as string[]).filter((f) => f.endsWith('.tsx'))) {
      const code = withoutComments(fs.readFileSync(path.join(ADMIN, file), 'utf8'))
        .split(PRODUCT_NAME)
        .join('')
      code.split('\n').forEach((line, i) => {
        if (VIETNAMESE.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`)
      })
    }
    expect(found).toEqual([])
  })
})
