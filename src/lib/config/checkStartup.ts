import { secretProblem } from './secret'
import { siteUrlProblem } from './siteUrl'

/**
 * A production server with a missing or short PAYLOAD_SECRET, or without its public address
 * (SITE_URL or SERVER_URL), stops here, before serving anything, with a message saying how to fix it.
 */
export function checkStartup(env: Record<string, string | undefined> = process.env): void {
  const problem = secretProblem(env) ?? siteUrlProblem(env)
  if (problem) {
    console.error(`\n✖ Dân vận CMS cannot start: ${problem}\n`)
    process.exit(1)
  }
}
