/**
 * `npm run bench` runs every benchmark, `npm run bench -- NAME` one. Each runs in its own
 * process (the database adapter is chosen when the config is imported) and ends with lines
 * `bench NAME: FIGURE UNIT, floor FIGURE UNIT, ratio R (goal G)`. They run with the production
 * server's process-wide settings (src/lib/config/processEnv.ts), both sides of each comparison.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { SERVER_PROCESS_ENV } from '../src/lib/config/processEnv'

const here = path.dirname(fileURLToPath(import.meta.url))
const all = fs
  .readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
const wanted = process.argv.slice(2)
const unknown = wanted.filter((name) => !all.includes(name))
if (unknown.length) {
  console.error(`unknown benchmark: ${unknown.join(', ')} (have: ${all.join(', ')})`)
  process.exit(2)
}
let failed = false
for (const name of wanted.length ? wanted : all) {
  console.log(`\n== ${name}`)
  const run = spawnSync('npx', ['tsx', path.join(here, `${name}.bench.ts`)], { stdio: 'inherit', env: { ...SERVER_PROCESS_ENV, ...process.env, NODE_ENV: 'test', NEXT_TELEMETRY_DISABLED: '1' } })
  if (run.status !== 0) failed = true
}
process.exit(failed ? 1 : 0)
