import { APIError, type Endpoint } from 'payload'
import type { User } from '../../../src/payload-types'
import { requestLanguage } from '../../../src/i18n/translations'
import { doneMessage, type WorkflowAction } from '../../../src/lib/workflow/transitions'
import { transitionReport } from './transitionReport'

/** The steps the reports list offers for several reports at once. */
export const BULK_ACTIONS: WorkflowAction[] = ['forward', 'publish', 'unpublish', 'return']

export type BulkResult = { id: string; title: string | null; ok: boolean; message: string }

/**
 * POST /api/reports/workflow-bulk { ids, action, comment? }: one workflow step for each
 * selected report, through the same rules as one at a time (transitionReport), each report on
 * its own: the answer lists, per report, what happened or why not.
 */
export const bulkWorkflowEndpoint: Endpoint = {
  path: '/workflow-bulk',
  method: 'post',
  handler: async (req) => {
    const language = requestLanguage(req)
    if (req.user?.collection !== 'users') throw new APIError(language === 'vi' ? 'Cần đăng nhập.' : 'You must be signed in.', 401, undefined, true)
    const body = (req.json ? await req.json().catch(() => ({})) : {}) as { ids?: unknown; action?: string; comment?: string }
    const action = String(body.action ?? '') as WorkflowAction
    if (!BULK_ACTIONS.includes(action)) throw new APIError(language === 'vi' ? `Thao tác "${action}" không làm hàng loạt được.` : `"${action}" cannot be done in bulk.`, 400, undefined, true)
    const ids = Array.isArray(body.ids) ? [...new Set(body.ids.map(String))] : []
    if (!ids.length || ids.length > 100) throw new APIError(language === 'vi' ? 'Chọn từ 1 đến 100 tin bài.' : 'Select 1 to 100 reports.', 400, undefined, true)
    const results: BulkResult[] = []
    for (const id of ids) {
      try {
        const doc = await transitionReport(req.payload, { id, action, comment: body.comment ?? null, user: req.user as unknown as User, language })
        results.push({ id, title: doc.title, ok: true, message: doneMessage(action, language) })
      } catch (error) {
        const found = await req.payload.findByID({ collection: 'reports', id, depth: 0, draft: true, disableErrors: true, overrideAccess: false, user: req.user, select: { title: true } })
        results.push({ id, title: found?.title ?? null, ok: false, message: error instanceof Error ? error.message : String(error) })
      }
    }
    const done = results.filter((r) => r.ok).length
    return Response.json({ results, message: language === 'vi' ? `${done}/${results.length} tin bài: ${doneMessage(action, 'vi')}` : `${done}/${results.length} reports: ${doneMessage(action, 'en')}` })
  },
}
