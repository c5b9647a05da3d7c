import { translate } from '../i18n/translations'
import { describePasswordProblems, passwordProblems, type PasswordMessageKey } from '../lib/auth/passwordPolicy'

const words = (language: 'vi' | 'en') => (key: PasswordMessageKey, vars?: Record<string, unknown>) => translate(language, key, vars)

/**
 * The first admin's password obeys the policy like any other: a weak ADMIN_PASSWORD stops the
 * first start with the rule it breaks, in Vietnamese and English, before anything is created.
 */
export function checkAdminPassword(password: string): void {
  const problems = passwordProblems(password)
  if (problems.length === 0) return
  throw new Error(
    `ADMIN_PASSWORD không đạt yêu cầu mật khẩu: ${describePasswordProblems(problems, words('vi'))}\n` +
      `ADMIN_PASSWORD does not meet the password policy: ${describePasswordProblems(problems, words('en'))} ` +
      '(at least 10 characters, with letters and digits, not a well-known password)',
  )
}
