import path from 'node:path'

// Both folders are runtime state chosen by environment: the ignore comments keep Next's
// output tracing from copying the whole project into the standalone build.

/** Where uploads live: media/ at the project root unless MEDIA_DIR says otherwise (tests, Docker volume). */
export function mediaDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.MEDIA_DIR || path.join(/*turbopackIgnore: true*/ process.cwd(), 'media'))
}

/** Where the embedded SQLite database and local secrets live. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR || path.join(/*turbopackIgnore: true*/ process.cwd(), 'data'))
}
