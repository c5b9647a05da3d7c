import fs from 'node:fs/promises'
import path from 'node:path'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { formatOfMime, renderSocial, type Variant } from '../../../src/lib/images/pipeline'
import { filenamesOf, removeFiles, writeVariantFiles, type VariantMap } from './variantFiles'

const dirOf = (collection: { upload?: unknown }) => (collection.upload as { staticDir: string }).staticDir

/**
 * Writes the sizes once the document is saved (a refused save leaves no files), replaces
 * those of a replaced photo, and redoes the social crop after a focal-point change.
 */
export const writeVariants: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  const dir = dirOf(collection)
  const upload = req.context.mediaUpload as { variants: Variant[] } | undefined
  if (upload && doc.filename) {
    await writeVariantFiles(dir, doc.filename, upload.variants)
    const stale = filenamesOf(previousDoc?.variants as VariantMap).filter((f) => !filenamesOf(doc.variants as VariantMap).includes(f))
    await removeFiles(dir, stale)
    delete req.context.mediaUpload
  } else if (req.context.mediaRefocus && doc.filename) {
    const format = formatOfMime(doc.mimeType)
    if (format) {
      const stored = await fs.readFile(path.join(dir, doc.filename))
      await writeVariantFiles(dir, doc.filename, await renderSocial(stored, { x: doc.focalX, y: doc.focalY }, format))
    }
    delete req.context.mediaRefocus
  }
  return doc
}

export const removeVariants: CollectionAfterDeleteHook = async ({ collection, doc }) => {
  await removeFiles(dirOf(collection), filenamesOf(doc.variants as VariantMap))
}
