import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveSecret, secretProblem } from './secret'

describe('secret', () => {
  it('refuses a production start without a secret, saying how to set one', () => {
    const problem = secretProblem({ NODE_ENV: 'production' })
    expect(problem).toMatch(/PAYLOAD_SECRET is not set/)
    expect(problem).toMatch(/openssl rand -hex 32/)
    expect(() => resolveSecret({ NODE_ENV: 'production' }, os.tmpdir())).toThrow(/PAYLOAD_SECRET/)
  })

  it('refuses a short production secret', () => {
    expect(secretProblem({ NODE_ENV: 'production', PAYLOAD_SECRET: 'changeme' })).toMatch(/only 8 characters/)
  })

  it('accepts a long production secret, and the build phase without one', () => {
    expect(secretProblem({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(32) })).toBeNull()
    expect(secretProblem({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).toBeNull()
  })

  it('makes one random secret per checkout in development and keeps it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-'))
    const first = resolveSecret({ NODE_ENV: 'development' }, dir)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(resolveSecret({ NODE_ENV: 'development' }, dir)).toBe(first)
    const other = resolveSecret({ NODE_ENV: 'development' }, fs.mkdtempSync(path.join(os.tmpdir(), 'secret-')))
    expect(other).not.toBe(first)
  })
})
