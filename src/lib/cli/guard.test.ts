import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { EXIT } from './exitCodes'

const guard = path.resolve('src/lib/cli/guard.ts')
// inside the project, so the tool resolves its packages (prompts) as the real ones do
fs.mkdirSync('node_modules/.cache', { recursive: true })
const dir = fs.mkdtempSync(path.resolve('node_modules/.cache/cli-guard-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** Runs a small tool under tsx with stdin closed, as another program runs it. */
function run(body: string, withGuard = true) {
  const file = path.join(dir, `tool-${Math.random().toString(36).slice(2)}.mts`)
  const head = withGuard ? `import { startTool, finish } from ${JSON.stringify(guard)}\nawait startTool('thử')\n` : ''
  fs.writeFileSync(file, `${head}${body}\nexport {}\n`)
  const result = spawnSync('npx', ['tsx', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URI: `file:${path.join(dir, 'none.db')}` } })
  return { status: result.status, stderr: result.stderr }
}

// what drizzle's pushDevSchema does when a schema change could lose data
const schemaQuestion = `const { default: prompts } = await import('prompts')
const { confirm } = await prompts({ name: 'confirm', type: 'confirm', initial: false, message: 'Accept warnings and push schema to database?' }, { onCancel: () => { process.exit(0) } })
if (!confirm) process.exit(0)`

describe('command-line tools never stop silently', () => {
  it('a schema question with no terminal ends at once with its own status and says why', () => {
    const bare = run(schemaQuestion, false)
    expect(bare.status).toBe(13) // how it was: Node's "unsettled top-level await", nothing on stderr
    expect(bare.stderr.trim()).toBe('')
    const guarded = run(schemaQuestion)
    expect(guarded.status).toBe(EXIT.prompt)
    expect(guarded.stderr).toMatch(/thử: dừng lại vì Payload muốn hỏi xác nhận thay đổi cấu trúc/)
  }, 60_000)

  it('an exit from inside a library, or an error nobody caught, is named with its status', () => {
    const exited = run('process.exit(0)')
    expect(exited.status).toBe(EXIT.stopped)
    expect(exited.stderr).toMatch(/dừng lại trước khi xong \(mã thoát 0\)/)
    const thrown = run("await Promise.resolve(); throw new Error('SQLITE_BUSY: database is locked')")
    expect(thrown.status).toBe(EXIT.error)
    expect(thrown.stderr).toMatch(/thử: lỗi không lường trước: Error: SQLITE_BUSY/)
    const rejected = run("void Promise.reject(new Error('mất kết nối'))\nawait new Promise((r) => setTimeout(r, 100))")
    expect(rejected.status).toBe(EXIT.error)
    expect(rejected.stderr).toMatch(/mất kết nối/)
  }, 60_000)

  it('a tool that finishes says nothing more', () => {
    const done = run('finish(0)')
    expect([done.status, done.stderr.trim()]).toEqual([0, ''])
    const partial = run('finish(1)')
    expect([partial.status, partial.stderr.trim()]).toEqual([1, ''])
  }, 60_000)
})
