import path from 'node:path'
import type { PayloadRequest } from 'payload'
import { tr } from '../../src/i18n/translations'
import { mediaDir } from '../../src/lib/config/paths'
import { fileResponse } from '../../src/lib/http/fileResponse'
import { contentTypeOf } from '../../src/lib/storage/contentTypes'
import { localStore, s3Settings, s3Store, type ObjectStore } from '../../src/lib/storage/objectStore'
import type { FileHolder } from '../../src/data/storedFiles'
import { filenamesOf, type VariantMap } from './hooks/variantFiles'
import { FILE_IS_PUBLIC } from './fileAccess'

/** Photos go to media/photos, or to the S3-compatible bucket named by S3_BUCKET. */
export const photosDir = path.join(mediaDir(), 'photos')
/**
 * Payload's own upload folder, which holds nothing: every file goes through photoStore. Payload
 * removes `staticDir/<filename>` of a replaced or deleted photo before its transaction commits
 * (so a crash then lost the original); pointed here, that removal finds nothing, and the photo's
 * files go once the change is committed (src/data/storedFiles.ts).
 */
export const payloadUploadDir = path.join(mediaDir(), 'payload-unused')
export const s3 = s3Settings(process.env)
export const photoStore: ObjectStore = s3 ? s3Store(s3) : localStore(photosDir)
/** A photo's files: its original and every size. */
export const photoFiles: FileHolder = {
  collection: 'media',
  store: photoStore,
  select: { filename: true, variants: true },
  filesOf: (doc) => (doc.filename ? [doc.filename, ...filenamesOf(doc.variants as VariantMap | null | undefined)] : []),
}

/**
 * How long a file may be kept. A public photo's for five minutes, by browsers and shared caches
 * alike: it stops being public when its report is taken down, and a cache in front of the site
 * must not keep serving it for long after. A private photo's (its unit's staff reading a
 * draft's photo) never, so no shared cache can hand it to someone else.
 */
export const PUBLIC_FILE_CACHE = 'public, max-age=300'
export const PRIVATE_FILE_CACHE = 'private, no-store'

/**
 * Serves /api/media/file/:filename, the original or a size, from the media folder or the
 * bucket, once the read rule has found its photo (fileAccess.ts): the photo's being public
 * decides the Cache-Control. A 304 or a range only after that rule, so neither tells anyone else
 * that a private photo exists.
 */
export async function serveFromStore(req: PayloadRequest, { params }: { params: { filename: string } }): Promise<Response> {
  const body = await photoStore.get(params.filename)
  if (!body) return Response.json({ errors: [{ message: tr(req.t, 'fileNotFound') }] }, { status: 404, headers: { 'Cache-Control': 'no-store' } })
  return fileResponse(req.headers, body, {
    'Content-Type': contentTypeOf(params.filename),
    'Cache-Control': req.context[FILE_IS_PUBLIC] === true ? PUBLIC_FILE_CACHE : PRIVATE_FILE_CACHE,
  })
}
