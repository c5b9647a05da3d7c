import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { relationId } from '../../../src/lib/roles'
import { takenAtFromExif } from '../../../src/lib/images/exif'
import { storedPhotoName } from '../../../src/lib/images/fileNames'
import { ImageRejected, imageLimits, inspectImage, processImage, sha256 } from '../../../src/lib/images/pipeline'
import { requestLanguage } from '../../../src/i18n/translations'
import { claimUpload } from '../../../src/data/uploadClaims'
import { stemOf } from '../../../src/lib/media/uploadRecovery'
import { holdFocalPoint } from './focalPoint'

/**
 * Every upload goes through one pipeline before Payload sees the file: refuse bad input by
 * its bytes, refuse a second copy of the same photo in a unit, decode once and derive the
 * bounded original and all sizes. Payload then stores the cleaned original, under a name with
 * a random part (a photo not yet public must not be found by its uploaded name); the sizes
 * wait in the request context until the document is saved (writeVariants). The file and its
 * sizes are written before the document's transaction commits, so a crash leaves at worst files
 * without a document, which the next start removes (collections/Media/recoverUploads.ts); a
 * replaced photo's old files are removed only once the change is committed
 * (src/data/storedFiles.ts).
 */
export const processUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: Record<string, unknown> }).data ?? {}
  if (!file?.data) {
    if (operation === 'update') holdFocalPoint(data, req)
    return args
  }
  const language = requestLanguage(req)
  try {
    const limits = imageLimits()
    const inspected = await inspectImage(file.data, limits)
    const hash = sha256(file.data)
    const unit = relationId(data.unit as never)
    if (operation === 'create' && unit) {
      const { docs } = await req.payload.find({
        collection: 'media',
        where: { and: [{ sha256: { equals: hash } }, { unit: { equals: data.unit as never } }] },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
      if (docs[0]) {
        const existing = { id: docs[0].id, filename: docs[0].filename, url: docs[0].url, alt: docs[0].alt }
        const message =
          language === 'vi'
            ? `Ảnh này đã có trong thư viện của đơn vị ("${existing.filename}", mã ${existing.id}); hãy chọn ảnh có sẵn thay vì tải lại.`
            : `This photo is already in the unit's library ("${existing.filename}", id ${existing.id}); pick it instead of uploading it again.`
        throw new APIError(message, 409, { existing }, true)
      }
    }
    if (!data.takenAt) {
      const taken = takenAtFromExif(inspected.exif)
      if (taken) data.takenAt = taken
    }
    const processed = await processImage(file.data, inspected, { x: data.focalX as number | undefined, y: data.focalY as number | undefined })
    const name = storedPhotoName(file.name, inspected.format)
    // before any file of the photo is written: a crash from here on leaves files the next start
    // can tell for this upload's (src/data/uploadClaims.ts)
    await claimUpload(stemOf(name))
    req.file = { ...file, name, data: processed.original.buffer, size: processed.original.buffer.length, mimetype: processed.original.mimeType }
    req.context.mediaUpload = { sha256: hash, variants: processed.variants, original: { body: processed.original.buffer, contentType: processed.original.mimeType } }
  } catch (error) {
    if (error instanceof ImageRejected) throw new APIError(error[language], error.status, { code: error.code }, true)
    throw error
  }
  return args
}
