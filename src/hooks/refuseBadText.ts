import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { tr, type CustomKey } from '../i18n/translations'
import { linkAllowed, MAX_TITLE_LENGTH, textProblem, type TextProblem } from '../lib/text/badText'
import { walkTextFields } from './walkTextFields'

const MESSAGE: Record<TextProblem, CustomKey> = { control: 'textControl', invisible: 'textInvisible', tooLong: 'textTooLong', badLink: 'linkNotAllowed' }
const IDENTIFIERS = new Set(['title', 'name', 'slug', 'shortName'])

type Node = { type?: string; text?: unknown; url?: unknown; fields?: { url?: unknown }; children?: unknown }

/** The first problem in a Lexical document: control characters in its text, or a link it may not have. */
function richTextProblem(node: unknown): TextProblem | null {
  if (!node || typeof node !== 'object') return null
  if (Array.isArray(node)) {
    for (const child of node) {
      const problem = richTextProblem(child)
      if (problem) return problem
    }
    return null
  }
  const { text, fields, url } = node as Node
  if (typeof text === 'string' && textProblem(text, false)) return 'control'
  const href = fields?.url ?? url
  if (typeof href === 'string' && href !== '' && !linkAllowed(href)) return 'badLink'
  for (const value of Object.values(node)) if (value && typeof value === 'object') {
    const problem = richTextProblem(value)
    if (problem) return problem
  }
  return null
}

/**
 * Shared by every collection, after NFC: text that would be stored silently wrong is refused
 * with the field named (control characters anywhere; invisible and reordering characters or
 * an over-long value in titles, names and slugs; links other than web, e-mail, telephone and
 * this site's paths).
 */
export const refuseBadText: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  if (!data) return data
  const identifiers = new Set([...IDENTIFIERS, collection.admin?.useAsTitle].filter(Boolean))
  const errors: { path: string; message: string }[] = []
  walkTextFields(collection.fields, data, (field, value, path) => {
    const strings = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
    const problem =
      field.type === 'richText' ? richTextProblem(value)
      : field.type === 'json' ? null
      : strings.map((s) => textProblem(s, identifiers.has(field.name))).find(Boolean) ?? null
    if (problem) errors.push({ path, message: tr(req.t, MESSAGE[problem], { max: MAX_TITLE_LENGTH }) })
    return value
  })
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  return data
}
