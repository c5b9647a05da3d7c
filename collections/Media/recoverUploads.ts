import type { Payload } from 'payload'
import { photoStore } from './storage'
import { filenamesOf, putAll, variantFiles, type VariantMap } from './hooks/variantFiles'
import { imageLimits, inspectImage, processImage } from '../../src/lib/images/pipeline'
import { planUploadRecovery, type RecoveryPlan } from '../../src/lib/media/uploadRecovery'
import { claimIsAlive, dropClaims, readClaims, thisHost } from '../../src/data/uploadClaims'

/** Files no document lists are kept this long unless their process is known to be gone. */
const GRACE_MS = 60 * 60 * 1000

/**
 * Run at every start (payload.config.ts onInit), on either database: settles what a crash left
 * in the photo store (src/lib/media/uploadRecovery.ts). The store is listed before the claims
 * are read and the claims before the photos: a file being written by a live process is claimed
 * before it exists, and its document, once saved, is seen by the read that follows.
 */
export async function recoverUploads(payload: Payload): Promise<RecoveryPlan> {
  const files = await photoStore.list()
  const claims = await readClaims()
  const { docs } = await payload.find({
    collection: 'media',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { filename: true, variants: true, focalX: true, focalY: true },
  })
  const photos = docs.map((d) => ({ id: d.id, filename: d.filename ?? null, sizes: filenamesOf(d.variants as VariantMap) }))
  const plan = planUploadRecovery({ files, photos, claims, now: Date.now(), host: thisHost, graceMs: GRACE_MS, isAlive: claimIsAlive })

  await photoStore.remove(plan.removeFiles)
  for (const item of plan.regenerate) {
    const doc = docs.find((d) => d.id === item.id)
    const original = await photoStore.get(item.filename)
    if (!doc || !original) continue
    try {
      const processed = await processImage(original, await inspectImage(original, imageLimits()), { x: doc.focalX, y: doc.focalY })
      await putAll(photoStore, variantFiles(item.filename, processed.variants).filter((f) => item.missing.includes(f.name)))
    } catch (error) {
      payload.logger.error({ err: error, msg: `Khôi phục ảnh: không tạo lại được các cỡ của ảnh ${item.id} (${item.filename})` })
    }
  }
  for (const lost of plan.missingOriginals) payload.logger.error(`Khôi phục ảnh: ảnh ${lost.id} mất tệp gốc ${lost.filename}; cần tải lại ảnh này.`)
  await dropClaims(plan.dropClaims)
  if (plan.removeFiles.length || plan.regenerate.length) {
    payload.logger.warn(`Khôi phục ảnh sau lần dừng đột ngột: xóa ${plan.removeFiles.length} tệp không thuộc ảnh nào, tạo lại các cỡ của ${plan.regenerate.length} ảnh.`)
  }
  return plan
}
