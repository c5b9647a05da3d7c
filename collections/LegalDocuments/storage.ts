import path from 'node:path'
import type { PayloadRequest } from 'payload'
import { tr } from '../../src/i18n/translations'
import { mediaDir } from '../../src/lib/config/paths'
import { localStore, s3Store, type ObjectStore } from '../../src/lib/storage/objectStore'
import type { FileHolder } from '../../src/data/storedFiles'
import { isPlausibleFileName } from '../../src/lib/api/fileName'
import { fileResponse } from '../../src/lib/http/fileResponse'
import { contentTypeOf } from '../../src/lib/storage/contentTypes'
import { s3 } from '../Media/storage'

/** Legal documents' attachments (PDF, Word) go to media/documents, or beside the photos in the bucket. */
export const documentsDir = path.join(mediaDir(), 'documents')
export const documentStore: ObjectStore = s3 ? s3Store({ ...s3, prefix: [s3.prefix, 'documents'].filter(Boolean).join('/') }) : localStore(documentsDir)

/** A legal document's one file. */
export const documentFiles: FileHolder = {
  collection: 'legal-documents',
  store: documentStore,
  select: { filename: true },
  filesOf: (doc) => (doc.filename ? [doc.filename] : []),
}

/** The extension a stored attachment is written with, by its checked type (collections/LegalDocuments mimeTypes). */
export const DOCUMENT_EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
}

/** Serves /api/legal-documents/file/:filename from the folder or the bucket; documents are public. */
export async function serveDocument(req: PayloadRequest, { params }: { params: { filename: string } }): Promise<Response> {
  const notFound = (status: number, key: 'fileNameInvalid' | 'fileNotFound') =>
    Response.json({ errors: [{ message: tr(req.t, key) }] }, { status, headers: { 'Cache-Control': 'no-store' } })
  if (!isPlausibleFileName(params.filename)) return notFound(400, 'fileNameInvalid')
  const body = await documentStore.get(params.filename)
  if (!body) return notFound(404, 'fileNotFound')
  return fileResponse(req.headers, body, { 'Content-Type': contentTypeOf(params.filename), 'Cache-Control': 'public, max-age=300', 'X-Content-Type-Options': 'nosniff' })
}
