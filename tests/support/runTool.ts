/**
 * Runs a command-line tool as an operator would (stdin closed) without blocking the test
 * process: spawnSync would keep vitest from ever reaching its timeout, so a tool that never
 * finished hung the whole suite. Here a tool still running after `timeoutMs` is killed with
 * everything it started (its own process group), and the result says so, with what it had
 * written: the progress lines on stderr name the phase it stopped in.
 */
import { spawn } from 'node:child_process'

export type ToolResult = { status: number | null; stdout: string; stderr: string; timedOut: boolean }

export function runTool(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 240_000): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    let stdout = ''
    let stderr = ''
    let timedOut = false
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text))
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text))
    const timer = setTimeout(() => {
      timedOut = true
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        // already gone
      }
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (status) => {
      clearTimeout(timer)
      if (timedOut) stderr += `\n[runTool: "${command} ${args.join(' ')}" still running after ${timeoutMs / 1000} s, killed]`
      resolve({ status, stdout, stderr, timedOut })
    })
  })
}

/** `npm run <script> -- <args>`, silent, as README tells an operator to run it. */
export const runNpmScript = (script: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs?: number) => runTool('npm', ['run', '--silent', script, '--', ...args], env, timeoutMs)
