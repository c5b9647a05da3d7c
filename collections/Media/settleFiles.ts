import type { PayloadRequest } from 'payload'
import { afterTransaction } from '../../src/data/afterTransaction'
import { claimUpload } from '../../src/data/uploadClaims'
import { listedFiles, stemOf } from '../../src/lib/media/uploadRecovery'
import { filenamesOf, type VariantMap } from './hooks/variantFiles'
import { photoStore } from './storage'

/**
 * Files a change of photos may leave unused — a replaced photo's old original and sizes, every
 * file of a deleted photo, the new files of a change that may yet roll back — are removed once
 * the change's transaction has ended, and only those no photo then names (read after the end, so
 * a rollback keeps the old files and drops the new, a commit the reverse). Until the commit the
 * database still names the old files: removing them earlier, as Payload does, left a photo whose
 * change a crash cut off without its original. Their stems are claimed for this process first
 * (src/data/uploadClaims.ts): a crash between the commit and the removal leaves files that the
 * next start removes (recoverUploads.ts), as it does an upload's.
 *
 * `originals`: the original of every photo whose files are among `files` (a file's photo is the
 * one whose original shares its stem).
 */
export async function settleFilesAfter(req: PayloadRequest, { originals, files }: { originals: string[]; files: string[] }): Promise<void> {
  if (!files.length) return
  for (const stem of new Set(originals.map(stemOf))) await claimUpload(stem)
  await afterTransaction(req, async () => {
    // no req: the transaction is over, and this reads what it left
    const { docs } = await req.payload.find({
      collection: 'media',
      where: { filename: { in: originals } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { filename: true, variants: true },
    })
    const listed = listedFiles(docs.map((doc) => ({ filename: doc.filename ?? null, sizes: filenamesOf(doc.variants as VariantMap) })))
    await photoStore.remove(files.filter((file) => !listed.has(file)))
  })
}
