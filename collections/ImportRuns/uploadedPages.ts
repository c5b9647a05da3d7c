import fs from 'node:fs/promises'
import path from 'node:path'
import { dataDir } from '../../src/lib/config/paths'
import { PAGE_EXTENSIONS, unzipPages, type SourceFile } from '../../src/import/readSources'

/** Where an upload waits for its job: data/imports/<run id>/, removed when the job ends. */
export const runDir = (runId: string | number): string => path.join(dataDir(), 'imports', String(runId))

export class UploadError extends Error {}

/** The pages in an upload: .txt and .html files as they are, and those inside .zip archives. */
export async function pagesOfUpload(files: File[]): Promise<SourceFile[]> {
  const pages: SourceFile[] = []
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer())
    if (/\.zip$/i.test(file.name)) {
      let inside: SourceFile[]
      try {
        inside = unzipPages(bytes)
      } catch {
        throw new UploadError(`Tệp "${file.name}" không phải tệp zip hợp lệ.`)
      }
      pages.push(...inside.map((p) => ({ name: `${file.name}/${p.name}`, bytes: p.bytes })))
    } else if (PAGE_EXTENSIONS.test(file.name)) pages.push({ name: file.name, bytes })
    else throw new UploadError(`Tệp "${file.name}" không phải trang .txt, .html hay tệp .zip.`)
  }
  return pages
}

/** Writes the pages for the job; names are kept as an index so nothing in them reaches the path. */
export async function storeUpload(runId: string | number, pages: SourceFile[]): Promise<void> {
  const dir = runDir(runId)
  await fs.mkdir(dir, { recursive: true })
  await fs.writeFile(path.join(dir, 'names.json'), JSON.stringify(pages.map((p) => p.name)))
  await Promise.all(pages.map((p, i) => fs.writeFile(path.join(dir, `${i}.page`), p.bytes)))
}

export async function readUpload(runId: string | number): Promise<SourceFile[]> {
  const dir = runDir(runId)
  const names = JSON.parse(await fs.readFile(path.join(dir, 'names.json'), 'utf8')) as string[]
  return Promise.all(names.map(async (name, i) => ({ name, bytes: new Uint8Array(await fs.readFile(path.join(dir, `${i}.page`))) })))
}

export const removeUpload = (runId: string | number) => fs.rm(runDir(runId), { recursive: true, force: true })
