import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { formatOfMime, renderSocial, type Variant } from '../../../src/lib/images/pipeline'
import { settleFilesAfter } from '../../../src/data/storedFiles'
import { photoFiles, photoStore } from '../storage'
import { putAll, variantFiles } from './variantFiles'

type Upload = { variants: Variant[]; original: { body: Buffer; contentType: string } }

/**
 * Writes the original and every size once the document is saved (a refused save leaves no
 * files), before its transaction commits; a replaced photo's old files, and the new ones if the
 * change rolls back, are removed after it ends (src/data/storedFiles.ts). Redoes the social
 * crop after a focal-point change. Payload itself writes no file (collections/Media/index.ts).
 */
export const writeVariants: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const upload = req.context.mediaUpload as Upload | undefined
  if (upload && doc.filename) {
    const files = [{ name: doc.filename, ...upload.original }, ...variantFiles(doc.filename, upload.variants)]
    await putAll(photoStore, files)
    delete req.context.mediaUpload
    const before = photoFiles.filesOf(previousDoc ?? {})
    await settleFilesAfter(req, photoFiles, {
      originals: [doc.filename, ...before.slice(0, 1)],
      files: [...files.map((f) => f.name), ...before].filter((name, i, all) => all.indexOf(name) === i),
    })
  } else if (req.context.mediaRefocus && doc.filename) {
    const format = formatOfMime(doc.mimeType)
    const stored = format ? await photoStore.get(doc.filename) : null
    if (format && stored) await putAll(photoStore, variantFiles(doc.filename, await renderSocial(stored, { x: doc.focalX, y: doc.focalY }, format)))
    delete req.context.mediaRefocus
  }
  return doc
}

/** A deleted photo's files go once the deletion is committed, and stay if it rolls back. */
export const removeVariants: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const files = photoFiles.filesOf(doc)
  await settleFilesAfter(req, photoFiles, { originals: files.slice(0, 1), files })
}
