import type { Endpoint, PayloadRequest } from 'payload'
import { requestLanguage } from '../../src/i18n/translations'
import { NotMultipart, readMultipart, type MultipartForm } from '../../src/lib/api/readMultipart'
import { importWord, type WordOutcome } from '../../src/import/importWord'
import { hasRole, staffOf } from '../../src/lib/roles'
import { docxLimits } from '../../src/lib/wordImport/inspectDocx'

/** At most this many documents in one request (the admin sends what an editor drops at once). */
export const MAX_WORD_FILES = 20

const json = (status: number, body: unknown) => Response.json(body, { status })

/**
 * POST /api/reports/import-word (multipart: `files`, one or more .docx; `unit`, optional):
 * each document becomes a draft report of the user's unit (or the chosen one) with its photos.
 * Answers 201 with one result per file (the report made and what was recognised, or why the
 * file was refused); when every file is refused, with the first refusal's status and message.
 */
export const importWordEndpoint: Endpoint = {
  path: '/import-word',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const vi = requestLanguage(req) === 'vi'
    const error = (status: number, message: string, results?: WordOutcome[]) => json(status, { errors: [{ message }], ...(results ? { results } : {}) })
    if (!hasRole(staffOf(req), 'contributor', 'editor', 'approver', 'admin')) return error(403, vi ? 'Bạn không có quyền tạo tin bài.' : 'You may not create reports.')
    const { maxBytes } = docxLimits()
    // a bound on what is read at all; each document is held to MAX_UPLOAD_MB below, with its own message
    if (Number(req.headers.get('content-length') || 0) > MAX_WORD_FILES * maxBytes + 1024 * 1024) {
      return error(413, vi ? `Tải lên quá lớn: tối đa ${MAX_WORD_FILES} tệp, mỗi tệp ${maxBytes / 1048576} MB.` : `Upload too large: at most ${MAX_WORD_FILES} files of ${maxBytes / 1048576} MB each.`)
    }
    let form: MultipartForm
    try {
      // each document held once, as it streams in (not FormData's three copies)
      form = await readMultipart({ headers: req.headers, body: req.body ?? null }, { fileField: 'files', maxFiles: MAX_WORD_FILES, maxFileBytes: maxBytes })
    } catch (failure) {
      if (!(failure instanceof NotMultipart)) throw failure
      return error(400, vi ? 'Yêu cầu không đúng dạng multipart/form-data.' : 'The request is not multipart/form-data.')
    }
    if (form.tooManyFiles) return error(400, vi ? `Mỗi lần nhập tối đa ${MAX_WORD_FILES} tệp.` : `At most ${MAX_WORD_FILES} files at a time.`)
    const { files } = form
    if (files.length === 0) return error(400, vi ? 'Chưa chọn tệp Word (.docx) nào.' : 'No Word file (.docx) chosen.')
    const unit = form.fields.get('unit') || undefined

    const results: WordOutcome[] = []
    while (files.length) {
      // let go of each document once it is imported: the next one does not keep it alive
      const file = files.shift()!
      results.push(await importWord(req.payload, { name: file.name, bytes: file.bytes }, { req, unitId: unit }))
    }
    const firstFailure = results.find((r) => r.action === 'failed')
    if (firstFailure && results.every((r) => r.action === 'failed')) return error(firstFailure.status, firstFailure.reason, results)
    return json(201, { results })
  },
}
