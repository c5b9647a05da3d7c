import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import config from '@payload-config'
import { generateTypes } from 'payload/node'
import { describe, expect, it } from 'vitest'

// Payload no longer rewrites src/payload-types.ts at every start (payload.config.ts), so this
// is what notices a field added without `npm run generate:types`.
describe('src/payload-types.ts', () => {
  it.skipIf(process.env.TEST_DATABASE === 'mongodb')('matches the config (run `npm run generate:types` after changing a collection)', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-types-')), 'payload-types.ts')
    process.env.PAYLOAD_TS_OUTPUT_PATH = out
    try {
      await generateTypes(await config, { log: false })
    } finally {
      delete process.env.PAYLOAD_TS_OUTPUT_PATH
    }
    const committed = fs.readFileSync(path.resolve('src/payload-types.ts'), 'utf8')
    expect(fs.readFileSync(out, 'utf8') === committed, 'src/payload-types.ts is out of date: run `npm run generate:types`').toBe(true)
    fs.rmSync(path.dirname(out), { recursive: true, force: true })
  })
})
