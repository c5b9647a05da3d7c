import { COMMON_PASSWORDS } from './commonPasswords'
import { COMMON_PASSWORDS_VI } from './commonPasswordsVi'

/**
 * The password policy for every account, whatever sets the password (the admin's forms, REST,
 * GraphQL, the Local API, a password reset, the first admin from ADMIN_PASSWORD): at least
 * MIN_PASSWORD_LENGTH characters, with a letter and a digit, and not a well-known password.
 */
export const MIN_PASSWORD_LENGTH = 10

export type PasswordProblem = { kind: 'tooShort'; length: number } | { kind: 'noLetter' } | { kind: 'noDigit' } | { kind: 'common' }

const lettersAndDigits = (text: string) => text.replace(/[^\p{L}\p{Nd}]/gu, '')
const normalise = (text: string) => text.normalize('NFC').toLowerCase()

let wellKnown: Set<string> | undefined
/** Each listed password as written and with only its letters and digits ("abc@123" and "abc123"). */
function wellKnownPasswords(): Set<string> {
  if (!wellKnown) {
    wellKnown = new Set()
    for (const entry of [...COMMON_PASSWORDS.split('\n'), ...COMMON_PASSWORDS_VI]) {
      const password = normalise(entry.trim())
      if (!password) continue
      wellKnown.add(password)
      wellKnown.add(lettersAndDigits(password))
    }
  }
  return wellKnown
}

/** Whether a password is on the shipped list, case ignored, with or without its punctuation ("Matkhau@123"). */
export function isWellKnownPassword(password: string): boolean {
  const lower = normalise(password)
  const list = wellKnownPasswords()
  return list.has(lower) || list.has(lettersAndDigits(lower))
}

/** What a password lacks, in the order a person would fix it; empty when it is acceptable. */
export function passwordProblems(password: string): PasswordProblem[] {
  const text = password.normalize('NFC')
  const problems: PasswordProblem[] = []
  const length = [...text].length
  if (length < MIN_PASSWORD_LENGTH) problems.push({ kind: 'tooShort', length })
  if (!/\p{L}/u.test(text)) problems.push({ kind: 'noLetter' })
  if (!/\p{Nd}/u.test(text)) problems.push({ kind: 'noDigit' })
  if (problems.length === 0 && isWellKnownPassword(text)) problems.push({ kind: 'common' })
  return problems
}

/** The keys of the policy's messages in src/i18n/translations.ts. */
export type PasswordMessageKey = 'passwordNeeds' | 'passwordTooShort' | 'passwordNeedsLetter' | 'passwordNeedsDigit' | 'passwordAnd' | 'passwordCommon'

type Translate = (key: PasswordMessageKey, vars?: Record<string, unknown>) => string

/**
 * One sentence naming everything missing: "Mật khẩu cần ít nhất 10 ký tự (mới có 8) và có chữ
 * số." or, for a listed password, that it is well known. `translate` gives the words in the
 * request's language.
 */
export function describePasswordProblems(problems: PasswordProblem[], translate: Translate): string {
  if (problems.some((problem) => problem.kind === 'common')) return translate('passwordCommon')
  const parts = problems.map((problem) =>
    problem.kind === 'tooShort' ? translate('passwordTooShort', { min: MIN_PASSWORD_LENGTH, length: problem.length })
    : problem.kind === 'noLetter' ? translate('passwordNeedsLetter')
    : translate('passwordNeedsDigit'),
  )
  const missing = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} ${translate('passwordAnd')} ${parts.at(-1)}` : parts[0]
  return translate('passwordNeeds', { missing })
}

