import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeOperationHook } from 'payload'
import { claimUpload } from '../../../src/data/uploadClaims'
import { settleFilesAfter } from '../../../src/data/storedFiles'
import { storedFileName } from '../../../src/lib/images/fileNames'
import { stemOf } from '../../../src/lib/media/uploadRecovery'
import { DOCUMENT_EXTENSIONS, documentFiles, documentStore } from '../storage'

const KNOWN_EXTENSIONS = new Set(Object.values(DOCUMENT_EXTENSIONS))

/**
 * An attached file is stored under a name of its own (the uploaded name as a slug and a random
 * part: two boards' "quyet-dinh.pdf" never meet), claimed for this process before anything is
 * written, so a crash before the document commits leaves a file the next start removes.
 */
export const nameDocumentFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file?.data) return args
  const uploaded = file.name.split('.').pop()?.toLowerCase() ?? ''
  const extension = KNOWN_EXTENSIONS.has(uploaded) ? uploaded : (DOCUMENT_EXTENSIONS[file.mimetype] ?? uploaded)
  const name = storedFileName(file.name, extension, 'van-ban')
  await claimUpload(stemOf(name))
  req.file = { ...file, name }
  return args
}

/**
 * Writes the attachment once the document is saved (a refused save writes nothing), before
 * the transaction commits; the file it replaced goes only after the commit, and the new one if
 * the change rolls back (src/data/storedFiles.ts). Payload removed the old file before it even
 * validated the change: a replacement refused for an empty field lost the document's file.
 */
export const writeDocumentFile: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const file = req.file
  if (!file?.data || !doc.filename || doc.filename !== file.name) return doc
  await documentStore.put(doc.filename, file.data, doc.mimeType ?? file.mimetype)
  const names = [doc.filename, previousDoc?.filename].filter((name, i, all): name is string => Boolean(name) && all.indexOf(name) === i)
  await settleFilesAfter(req, documentFiles, { originals: names, files: names })
  return doc
}

/** A deleted document's file goes once the deletion is committed, and stays if it rolls back. */
export const removeDocumentFile: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const files = documentFiles.filesOf(doc)
  await settleFilesAfter(req, documentFiles, { originals: files, files })
}
