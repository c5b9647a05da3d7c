import path from 'node:path'

/** Where uploads live: media/ at the project root unless MEDIA_DIR says otherwise (tests, Docker volume). */
export function mediaDir(): string {
  return path.resolve(process.env.MEDIA_DIR || path.join(process.cwd(), 'media'))
}

/** Where the embedded SQLite database and local secrets live. */
export function dataDir(): string {
  return path.resolve(process.env.DATA_DIR || path.join(process.cwd(), 'data'))
}
