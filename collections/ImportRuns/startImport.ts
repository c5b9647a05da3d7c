import type { Endpoint, PayloadRequest } from 'payload'
import { isAdmin, staffOf } from '../../src/lib/roles'
import { IMPORT_QUEUE, IMPORT_TASK } from './importPagesTask'
import { pagesOfUpload, removeUpload, storeUpload, UploadError } from './uploadedPages'

const MAX_UPLOAD_BYTES = Number(process.env.MAX_IMPORT_MB || 200) * 1024 * 1024
const json = (status: number, body: unknown) => Response.json(body, { status })

/**
 * POST /api/import-runs/start (multipart: files, status draft|published, unit?, dryRun?):
 * checks the upload, stores its pages, records the run and queues the import job, which
 * starts at once in this process. Answers 202 with the run to poll.
 */
export const startImportEndpoint: Endpoint = {
  path: '/start',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!isAdmin(staffOf(req))) return json(403, { errors: [{ message: 'Chỉ quản trị viên được nhập trang cũ.' }] })
    const length = Number(req.headers.get('content-length') || 0)
    if (length > MAX_UPLOAD_BYTES) return json(413, { errors: [{ message: `Tệp tải lên quá lớn (tối đa ${MAX_UPLOAD_BYTES / 1048576} MB).` }] })
    let form: FormData
    try {
      form = await req.formData!()
    } catch {
      return json(400, { errors: [{ message: 'Yêu cầu không đúng dạng multipart/form-data.' }] })
    }
    const files = form.getAll('files').filter((f): f is File => typeof f === 'object' && f !== null && 'arrayBuffer' in f)
    const status = String(form.get('status') || 'draft')
    const unit = form.get('unit') ? String(form.get('unit')) : undefined
    const dryRun = form.get('dryRun') === 'true'
    if (files.length === 0) return json(400, { errors: [{ message: 'Chưa chọn tệp nào.', path: 'files' }] })
    if (status !== 'draft' && status !== 'published') return json(400, { errors: [{ message: 'Trạng thái phải là "draft" hoặc "published".', path: 'status' }] })
    if (unit && !(await req.payload.findByID({ collection: 'units', id: unit, depth: 0, disableErrors: true, req }))) {
      return json(400, { errors: [{ message: `Không có đơn vị ${unit}.`, path: 'unit' }] })
    }
    let pages
    try {
      pages = await pagesOfUpload(files)
    } catch (error) {
      if (error instanceof UploadError) return json(400, { errors: [{ message: error.message, path: 'files' }] })
      throw error
    }
    if (pages.length === 0) return json(400, { errors: [{ message: 'Không có trang .txt hay .html nào trong tệp đã chọn.', path: 'files' }] })

    const run = await req.payload.create({
      collection: 'import-runs',
      data: { label: files.map((f) => f.name).join(', ').slice(0, 200), targetStatus: status, unit: unit as never, dryRun, total: pages.length, startedBy: req.user?.id as never },
      overrideAccess: true,
      req,
    })
    try {
      await storeUpload(run.id, pages)
      const job = await req.payload.jobs.queue({ task: IMPORT_TASK, queue: IMPORT_QUEUE, input: { runId: String(run.id) }, req })
      // start now rather than at the next poll of the queue
      void req.payload.jobs.runByID({ id: job.id }).catch((error) => req.payload.logger.error({ err: error }, 'import job failed to start'))
    } catch (error) {
      await removeUpload(run.id)
      await req.payload.delete({ collection: 'import-runs', id: run.id, overrideAccess: true, req })
      throw error
    }
    return json(202, { doc: run, message: `Đã nhận ${pages.length} trang; đang nhập.` })
  },
}
