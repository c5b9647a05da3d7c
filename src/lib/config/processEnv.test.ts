import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { missingSettings, SERVER_PROCESS_ENV } from './processEnv'

describe('the production server’s process-wide settings', () => {
  it('are given to npm start, npm run dev, the command-line importer and the Docker image', () => {
    const { scripts } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
    for (const script of ['start', 'dev', 'import']) expect(missingSettings(scripts[script]), script).toEqual([])
    expect(missingSettings(fs.readFileSync('Dockerfile', 'utf8'))).toEqual([])
  })

  it('tells a setting left out or given another value', () => {
    expect(SERVER_PROCESS_ENV.MALLOC_ARENA_MAX).toBe('2')
    expect(missingSettings('cross-env NODE_ENV=production node dist/serve.mjs')).toEqual(['MALLOC_ARENA_MAX=2'])
    expect(missingSettings('cross-env MALLOC_ARENA_MAX=4 node dist/serve.mjs')).toEqual(['MALLOC_ARENA_MAX=2'])
    expect(missingSettings('cross-env MALLOC_ARENA_MAX=20 node dist/serve.mjs')).toEqual(['MALLOC_ARENA_MAX=2'])
    expect(missingSettings('ENV NODE_ENV=production \\\n    MALLOC_ARENA_MAX=2')).toEqual([])
  })
})
