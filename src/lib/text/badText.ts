/**
 * Text the product refuses rather than stores: it is invisible on the page yet changes what a
 * title says, how it sorts, whether two names are equal, or what a link does.
 */

// C0 controls but tab, line feed and carriage return; DEL; C1 controls
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/
// zero-width space/joiners, marks and overrides that reorder text (Trojan Source), word joiner, BOM
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/

export const MAX_TITLE_LENGTH = 300

export type TextProblem = 'control' | 'invisible' | 'tooLong' | 'badLink'

/** What is wrong with a value of a text field, if anything; titles, names and slugs are held stricter. */
export function textProblem(value: string, identifier: boolean): TextProblem | null {
  if (CONTROL.test(value)) return 'control'
  if (!identifier) return null
  if (INVISIBLE.test(value)) return 'invisible'
  if ([...value].length > MAX_TITLE_LENGTH) return 'tooLong'
  return null
}

/** Links may go to web pages, e-mail, telephone numbers and paths of this site; nothing else (javascript:, data:, file:). */
export function linkAllowed(url: string): boolean {
  const value = url.trim()
  if (CONTROL.test(value) || INVISIBLE.test(value)) return false
  if (/^\/(?![/\\])/.test(value) || value.startsWith('#') || value.startsWith('?')) return true
  return /^(https?:\/\/[^\s/\\]|mailto:[^\s]|tel:[+\d(])/i.test(value)
}

/** The invisible and control characters an importer drops from text taken from old pages. */
export function stripBadCharacters(value: string): string {
  return value.replace(new RegExp(CONTROL.source, 'g'), '').replace(new RegExp(INVISIBLE.source, 'g'), '')
}
