import type { CollectionSlug, PayloadRequest } from 'payload'
import type { ObjectStore } from '../lib/storage/objectStore'
import { stemOf } from '../lib/media/uploadRecovery'
import { afterTransaction } from './afterTransaction'
import { claimUpload } from './uploadClaims'

/**
 * A collection whose documents own files in a store: photos (their original and sizes) and
 * legal documents (one attachment each). Payload writes and removes none of these files: it
 * removes a replaced file before the change is validated, let alone committed, so a refused
 * or crashed change lost the file its document still named.
 */
export type FileHolder = {
  collection: CollectionSlug
  store: ObjectStore
  /** Every file a document names, its original first. */
  filesOf(doc: { filename?: string | null; [field: string]: unknown }): string[]
  /** The fields filesOf reads. */
  select: { filename: true; variants?: true }
}

/**
 * Files a change may leave unused — a replaced file, every file of a deleted document, the new
 * files of a change that may yet roll back — are removed once the change's transaction has
 * ended, and only those no document then names (read after the end, so a rollback keeps the old
 * files and drops the new, a commit the reverse). Their stems are claimed for this process
 * first (uploadClaims.ts): a crash between the commit and the removal leaves files that the
 * next start removes (collections/Media/recoverUploads.ts), as it does an upload's.
 *
 * `originals`: the original of every document whose files are among `files` (a file's
 * document is the one whose original shares its stem).
 */
export async function settleFilesAfter(req: PayloadRequest, holder: FileHolder, { originals, files }: { originals: string[]; files: string[] }): Promise<void> {
  if (!files.length) return
  for (const stem of new Set(originals.map(stemOf))) await claimUpload(stem)
  await afterTransaction(req, async () => {
    // no req: the transaction is over, and this reads what it left
    const { docs } = await req.payload.find({ collection: holder.collection, where: { filename: { in: originals } }, pagination: false, depth: 0, overrideAccess: true, select: holder.select })
    const listed = new Set(docs.flatMap((doc) => holder.filesOf(doc as { filename?: string | null })))
    await holder.store.remove(files.filter((file) => !listed.has(file)))
  })
}
