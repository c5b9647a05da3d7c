import fs from 'node:fs'
import path from 'node:path'

/**
 * A fresh bench/.work/NAME with its own SQLite file, data and media folders, set in the
 * environment before the Payload config is imported (the adapter is chosen at import).
 */
export function freshWorkDir(name: string, env: Record<string, string> = {}): string {
  const work = path.resolve('bench/.work', name)
  fs.rmSync(work, { recursive: true, force: true })
  fs.mkdirSync(work, { recursive: true })
  Object.assign(process.env, {
    DATABASE_URI: `file:${path.join(work, 'bench.db')}`,
    DATA_DIR: path.join(work, 'data'),
    MEDIA_DIR: path.join(work, 'media'),
    PAYLOAD_SECRET: 'bench-only-secret-bench-only-secret-0123',
    SEED_REPORTS: 'false',
    ...env,
  })
  return work
}
