/**
 * Imported first by every command-line tool: the tool either finishes (`finish`) or says on
 * stderr what stopped it, with a status of its own (exitCodes.ts).
 *
 * What used to stop a tool silently: Payload's development schema push (drizzle's
 * pushDevSchema) asks, through `prompts`, before a change that could lose data, such as a
 * column the running server's code has and this checkout's has not. A tool run by another
 * program has stdin closed: the question was printed to stdout, readline closed, nothing was
 * left to keep Node's event loop alive, and Node ended the script with exit 13 ("unsettled
 * top-level await") and no message (reproduced with `prompts` alone and </dev/null). Since
 * keepAlive.ts the same would wait forever. Now:
 * - a tool uses the schema a database already has (DATABASE_PUSH=false unless set), so it never
 *   changes the schema under a running server; only a new, empty database gets one pushed;
 * - without a terminal, any such question is answered "cancel" at once and the exit says why;
 * - an error nobody caught, or an exit from inside a library, is reported with its own status.
 */
import './keepAlive'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import { chooseDatabase } from '../config/database'
import { dataDir } from '../config/paths'
import { EXIT, stoppedMessage } from './exitCodes'

type Prompts = { inject(answers: unknown[]): void; _injected?: unknown[] }

let finished = false
let tool = 'công cụ'
let prompts: Prompts | null = null

export function finish(code: number = EXIT.ok): never {
  finished = true
  process.exit(code)
}

/** Ends the tool on an error: its message and stack on stderr, status EXIT.error. */
export function fail(error: unknown, what = 'lỗi'): never {
  finished = true
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error)
  process.stderr.write(`✖ ${tool}: ${what}: ${text}\n`)
  process.exit(EXIT.error)
}

/** SQLite: whether the database file already has Payload's tables. */
async function hasSchema(url: string): Promise<boolean> {
  const file = url.replace(/^file:/, '')
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return false
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url })
  try {
    const result = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'")
    return result.rows.length > 0
  } finally {
    client.close()
  }
}

/** Call before the Payload config is imported (the adapter reads its settings then). */
export async function startTool(name: string): Promise<void> {
  tool = name
  // Payload's getPayload otherwise opens a WebSocket to a dev server on :3000 and reloads the
  // config when it says so: a tool is not hot-reloaded mid-run
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  process.on('uncaughtException', (error) => fail(error, 'lỗi không lường trước'))
  process.on('unhandledRejection', (error) => fail(error, 'lỗi không lường trước'))
  process.on('exit', (code) => {
    if (finished) return
    const asked = Array.isArray(prompts?._injected) && prompts._injected.length === 0
    process.stderr.write(`${stoppedMessage(tool, code, asked)}\n`)
    process.exitCode = asked ? EXIT.prompt : code === 0 ? EXIT.stopped : code
  })
  if (!process.stdin.isTTY) {
    prompts = createRequire(import.meta.url)('prompts') as Prompts
    prompts.inject([new Error('no terminal to answer on')])
  }
  if (process.env.DATABASE_PUSH === undefined) {
    const database = chooseDatabase(process.env, dataDir())
    if (database.kind === 'sqlite' && (await hasSchema(database.url))) process.env.DATABASE_PUSH = 'false'
  }
}
