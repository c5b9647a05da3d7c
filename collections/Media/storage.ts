import path from 'node:path'
import type { PayloadRequest } from 'payload'
import { mediaDir } from '../../src/lib/config/paths'
import { localStore, s3Settings, s3Store, type ObjectStore } from '../../src/lib/storage/objectStore'

/** Photos go to media/photos, or to the S3-compatible bucket named by S3_BUCKET. */
export const photosDir = path.join(mediaDir(), 'photos')
export const s3 = s3Settings(process.env)
export const photoStore: ObjectStore = s3 ? s3Store(s3) : localStore(photosDir)

const TYPES: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp' }

/** Serves /api/media/file/:filename from the bucket when Payload keeps nothing on disk. */
export async function serveFromStore(_req: PayloadRequest, { params }: { params: { filename: string } }): Promise<Response> {
  const body = await photoStore.get(params.filename)
  if (!body) return new Response('Không tìm thấy tệp.', { status: 404 })
  return new Response(new Uint8Array(body), {
    headers: { 'Content-Type': TYPES[path.extname(params.filename).toLowerCase()] ?? 'application/octet-stream', 'Cache-Control': 'public, max-age=31536000, immutable' },
  })
}
