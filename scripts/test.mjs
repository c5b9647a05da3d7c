#!/usr/bin/env node
// Runs the static checks (the type check and the linter), then the suites one after another
// (unit, integration, browser), and ends with one plain summary line, "N passed, N failed", for
// CI to read: each static check counts as one test. Extra arguments go to every vitest run.
// Where MONGODB_URI is set, the integration suite runs a second time, unchanged, on MongoDB.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const projects = (process.env.TEST_PROJECTS || 'static,unit,int,e2e').split(',').flatMap((project) =>
  project === 'int' && process.env.MONGODB_URI ? ['int', 'int:mongodb'] : [project],
)
const extra = process.argv.slice(2)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-test-'))
let passed = 0
let failed = 0
let skipped = 0
let broken = false
/** Each failure named again at the end, where CI's log is cut to its tail. */
const failures = []

/** tsc and ESLint: a type error or a lint error fails the run like a failed test. */
const STATIC_CHECKS = [
  { name: 'tsc --noEmit', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'eslint', command: ['npx', 'eslint', '--max-warnings=0', '.'] },
]

for (const run of projects) {
  if (run === 'static') {
    console.log('\n== static checks')
    for (const check of STATIC_CHECKS) {
      const child = spawnSync(check.command[0], check.command.slice(1), { stdio: 'inherit' })
      if (child.status === 0) passed++
      else {
        failed++
        failures.push(`static: ${check.name}`)
      }
      console.log(`${check.name}: ${child.status === 0 ? 'passed' : `failed (exit ${child.status})`}`)
    }
    continue
  }
  const [project, database = 'sqlite'] = run.split(':')
  console.log(`\n== ${project} on ${project === 'int' ? database : 'its own setup'}`)
  const out = path.join(dir, `${project}-${database}.json`)
  const child = spawnSync('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...extra], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', TEST_DATABASE: database },
  })
  if (!fs.existsSync(out)) {
    console.error(`vitest produced no results for ${run} (exit ${child.status})`)
    broken = true
    continue
  }
  const result = JSON.parse(fs.readFileSync(out, 'utf8'))
  passed += result.numPassedTests
  failed += result.numFailedTests
  skipped += result.numPendingTests + (result.numTodoTests ?? 0)
  for (const file of result.testResults) {
    const where = path.relative(process.cwd(), file.name)
    const tests = file.assertionResults.filter((test) => test.status === 'failed')
    for (const test of tests) failures.push(`${run}: ${where} > ${test.fullName}\n    ${firstLine(test.failureMessages)}`)
    if (file.status === 'failed' && tests.length === 0) failures.push(`${run}: ${where}\n    ${firstLine([file.message])}`)
  }
  if (child.status !== 0 && result.numFailedTests === 0) broken = true // e.g. a file that failed to load
}

function firstLine(messages) {
  return (messages ?? []).join('\n').split('\n').find((line) => line.trim()) ?? ''
}

if (failures.length) console.log(`\nFailed:\n${failures.map((failure) => `  ${failure}`).join('\n')}`)

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 || broken || passed === 0 ? 1 : 0)
