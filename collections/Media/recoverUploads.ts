import type { Payload } from 'payload'
import { photoFiles, photoStore } from './storage'
import { documentFiles } from '../LegalDocuments/storage'
import { putAll, variantFiles } from './hooks/variantFiles'
import type { FileHolder } from '../../src/data/storedFiles'
import { imageLimits, inspectImage, processImage } from '../../src/lib/images/pipeline'
import { planUploadRecovery, type ClaimFile, type RecoveryPlan, type StoredFile } from '../../src/lib/media/uploadRecovery'
import { claimIsAlive, dropClaims, readClaims, thisHost } from '../../src/data/uploadClaims'

/** Files no document lists are kept this long unless their process is known to be gone. */
const GRACE_MS = 60 * 60 * 1000

/**
 * Run at every start (payload.config.ts onInit), on either database: settles what a crash left
 * in the photo store and the legal documents' (src/lib/media/uploadRecovery.ts). The stores are
 * listed before the claims are read and the claims before the documents: a file being written
 * by a live process is claimed before it exists, and its document, once saved, is seen by the
 * read that follows.
 */
export async function recoverUploads(payload: Payload): Promise<RecoveryPlan> {
  const listed = { photos: await photoFiles.store.list(), documents: await documentFiles.store.list() }
  const claims = await readClaims()
  // the photos' focal points in the same read: sizes made again are cropped on them
  const { plan: photos, docs: photoDocs } = await recoverFilesOf(payload, photoFiles, listed.photos, claims, { focalX: true, focalY: true })
  const { plan: documents } = await recoverFilesOf(payload, documentFiles, listed.documents, claims)
  for (const item of photos.regenerate) {
    const doc = photoDocs.find((d) => d.id === item.id) as { focalX?: number | null; focalY?: number | null } | undefined
    const original = await photoStore.get(item.filename)
    if (!doc || !original) continue
    try {
      const processed = await processImage(original, await inspectImage(original, imageLimits()), { x: doc.focalX, y: doc.focalY })
      await putAll(photoStore, variantFiles(item.filename, processed.variants).filter((f) => item.missing.includes(f.name)))
    } catch (error) {
      payload.logger.error({ err: error, msg: `Khôi phục ảnh: không tạo lại được các cỡ của ảnh ${item.id} (${item.filename})` })
    }
  }
  for (const lost of photos.missingOriginals) payload.logger.error(`Khôi phục ảnh: ảnh ${lost.id} mất tệp gốc ${lost.filename}; cần tải lại ảnh này.`)
  for (const lost of documents.missingOriginals) payload.logger.error(`Khôi phục tệp: văn bản ${lost.id} mất tệp đính kèm ${lost.filename}; cần tải lại tệp này.`)
  // after both stores: a claim may name files in either
  await dropClaims(photos.dropClaims)
  const removed = photos.removeFiles.length + documents.removeFiles.length
  if (removed || photos.regenerate.length) {
    payload.logger.warn(`Khôi phục tệp sau lần dừng đột ngột: xóa ${removed} tệp không thuộc ảnh hay văn bản nào, tạo lại các cỡ của ${photos.regenerate.length} ảnh.`)
  }
  return { ...photos, removeFiles: [...photos.removeFiles, ...documents.removeFiles], missingOriginals: [...photos.missingOriginals, ...documents.missingOriginals] }
}

/** One store's plan, carried out but for the sizes to make again, and the documents read for it (with `alsoSelect`). */
async function recoverFilesOf(payload: Payload, holder: FileHolder, files: StoredFile[], claims: ClaimFile[], alsoSelect: Record<string, true> = {}) {
  const { docs } = await payload.find({ collection: holder.collection, pagination: false, depth: 0, overrideAccess: true, select: { ...holder.select, ...alsoSelect } })
  const records = docs.map((doc) => {
    const [filename = null, ...sizes] = holder.filesOf(doc as { filename?: string | null })
    return { id: doc.id, filename, sizes }
  })
  const plan = planUploadRecovery({ files, photos: records, claims, now: Date.now(), host: thisHost, graceMs: GRACE_MS, isAlive: claimIsAlive })
  await holder.store.remove(plan.removeFiles)
  return { plan, docs }
}
