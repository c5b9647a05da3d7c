import fs from 'node:fs/promises'
import path from 'node:path'
import { unzipSync } from 'fflate'
import { glob } from 'tinyglobby'

/** A page to import: where it came from (for the summary) and its bytes. */
export type SourceFile = { name: string; bytes: Uint8Array }

export const PAGE_EXTENSIONS = /\.(txt|html?)$/i
export const WORD_EXTENSION = /\.docx$/i

/**
 * Files, folders (walked) and globs → the .txt/.html pages and the .docx documents they name,
 * in a stable order; a file named on its own that is neither is `unsupported`.
 */
// (turbopackIgnore: paths from the command line; without it the server build traces the whole
// project folder into the standalone output)
export async function expandPaths(
  inputs: string[],
  cwd = /*turbopackIgnore: true*/ process.cwd(),
): Promise<{ files: string[]; words: string[]; missing: string[]; unsupported: string[] }> {
  const files = new Set<string>()
  const words = new Set<string>()
  const missing: string[] = []
  const unsupported: string[] = []
  const readable = (f: string) => PAGE_EXTENSIONS.test(f) || WORD_EXTENSION.test(f)
  for (const input of inputs) {
    const absolute = path.resolve(/*turbopackIgnore: true*/ cwd, input)
    const stat = await fs.stat(/*turbopackIgnore: true*/ absolute).catch(() => null)
    let found: string[]
    if (stat?.isFile()) {
      if (!readable(absolute)) unsupported.push(input)
      found = [absolute]
    } else if (stat?.isDirectory()) found = await glob('**/*.{txt,html,htm,docx,TXT,HTML,HTM,DOCX}', { cwd: absolute, absolute: true })
    else found = (await glob(input, { cwd, absolute: true })).filter(readable)
    if (found.length === 0) missing.push(input)
    for (const file of found) {
      if (PAGE_EXTENSIONS.test(file)) files.add(file)
      else if (WORD_EXTENSION.test(file) && !path.basename(file).startsWith('~$')) words.add(file) // ~$…: Word's lock file beside an open document
    }
  }
  return { files: [...files].sort(), words: [...words].sort(), missing, unsupported }
}

/** The pages inside a zip archive (folders inside it included); anything else in it is ignored. */
export function unzipPages(bytes: Uint8Array): SourceFile[] {
  const entries = unzipSync(bytes, { filter: (entry) => PAGE_EXTENSIONS.test(entry.name) && !entry.name.startsWith('__MACOSX/') })
  return Object.entries(entries)
    .map(([name, data]) => ({ name, bytes: data }))
    .sort((a, b) => a.name.localeCompare(b.name))
}
