import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { formatOfMime, renderSocial, type Variant } from '../../../src/lib/images/pipeline'
import { photoStore } from '../storage'
import { filenamesOf, putAll, variantFiles, type VariantMap } from './variantFiles'

type Upload = { variants: Variant[]; original: { body: Buffer; contentType: string } }

/**
 * Writes the sizes once the document is saved (a refused save leaves no files), replaces
 * those of a replaced photo, and redoes the social crop after a focal-point change. With S3
 * the original goes to the bucket too (Payload keeps nothing on disk then).
 */
export const writeVariants: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const upload = req.context.mediaUpload as Upload | undefined
  if (upload && doc.filename) {
    const files = variantFiles(doc.filename, upload.variants)
    if (photoStore.kind === 's3') files.unshift({ name: doc.filename, ...upload.original })
    await putAll(photoStore, files)
    const keep = new Set(files.map((f) => f.name))
    const stale = [...filenamesOf(previousDoc?.variants as VariantMap), ...(photoStore.kind === 's3' && previousDoc?.filename ? [previousDoc.filename] : [])].filter((f) => !keep.has(f))
    await photoStore.remove(stale)
    delete req.context.mediaUpload
  } else if (req.context.mediaRefocus && doc.filename) {
    const format = formatOfMime(doc.mimeType)
    const stored = format ? await photoStore.get(doc.filename) : null
    if (format && stored) await putAll(photoStore, variantFiles(doc.filename, await renderSocial(stored, { x: doc.focalX, y: doc.focalY }, format)))
    delete req.context.mediaRefocus
  }
  return doc
}

export const removeVariants: CollectionAfterDeleteHook = async ({ doc }) => {
  await photoStore.remove([...filenamesOf(doc.variants as VariantMap), ...(photoStore.kind === 's3' && doc.filename ? [doc.filename] : [])])
}
