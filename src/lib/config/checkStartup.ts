import { secretProblem } from './secret'

/**
 * A production server with a missing or short PAYLOAD_SECRET stops here, before serving
 * anything, with a message saying how to fix it.
 */
export function checkStartup(env: Record<string, string | undefined> = process.env): void {
  const problem = secretProblem(env)
  if (problem) {
    console.error(`\n✖ Dân vận CMS cannot start: ${problem}\n`)
    process.exit(1)
  }
}
