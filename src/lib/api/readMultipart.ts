import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import busboy from 'busboy'

export type UploadedFile = { name: string; bytes: Buffer }
export type MultipartForm = { files: UploadedFile[]; fields: Map<string, string>; tooManyFiles: boolean }
export type MultipartLimits = { fileField: string; maxFiles: number; maxFileBytes: number }

/** The request could not be read as multipart/form-data. */
export class NotMultipart extends Error {}

/**
 * A multipart body read as it streams in, each file of `fileField` into one Buffer of its own.
 * `request.formData()` held a document three times over (the parsed body, the File's Blob,
 * then `arrayBuffer()`'s copy: 160 MB for a 54 MB .docx, the Blob kept to the end of the
 * request). A file over `maxFileBytes` is kept only up to its first byte over the limit (enough
 * for the reader to refuse it with its own message, never the whole), and files past
 * `maxFiles` are not read at all.
 */
export function readMultipart(request: { headers: Headers; body: ReadableStream<Uint8Array> | null }, limits: MultipartLimits): Promise<MultipartForm> {
  return new Promise((resolve, reject) => {
    const form: MultipartForm = { files: [], fields: new Map(), tooManyFiles: false }
    let parser: busboy.Busboy
    try {
      parser = busboy({
        headers: Object.fromEntries(request.headers),
        // browsers send file names as UTF-8 (busboy's default is latin1: "Báo cáo" would come out garbled)
        defParamCharset: 'utf8',
        limits: { files: limits.maxFiles, fileSize: limits.maxFileBytes + 1, fields: 20, fieldSize: 64 * 1024 },
      })
    } catch (error) {
      reject(new NotMultipart((error as Error).message))
      return
    }
    if (!request.body) {
      reject(new NotMultipart('no body'))
      return
    }
    const pending: Promise<void>[] = []
    parser.on('file', (field, stream, info) => {
      if (field !== limits.fileField) {
        stream.resume()
        return
      }
      const chunks: Buffer[] = []
      let size = 0
      pending.push(
        new Promise((done, fail) => {
          stream.on('data', (chunk: Buffer) => {
            chunks.push(chunk)
            size += chunk.length
          })
          stream.on('error', fail)
          stream.on('end', () => {
            form.files.push({ name: info.filename, bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size) })
            chunks.length = 0
            done()
          })
        }),
      )
    })
    parser.on('field', (name, value) => form.fields.set(name, value))
    parser.on('filesLimit', () => (form.tooManyFiles = true))
    parser.on('error', (error: Error) => reject(new NotMultipart(error.message)))
    parser.on('close', () => Promise.all(pending).then(() => resolve(form), reject))
    const body = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>)
    body.on('error', (error) => reject(new NotMultipart(error.message)))
    body.pipe(parser)
  })
}
