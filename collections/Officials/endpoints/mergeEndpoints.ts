import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { hasRole, staffOf } from '../../../src/lib/roles'
import { mergeOfficials, previewMerge } from '../merge/mergeOfficials'
import { requestLanguage } from '../../../src/i18n/translations'
import { recordAudit } from '../../../src/hooks/audit'

const guard = (req: PayloadRequest) => {
  const language = requestLanguage(req)
  if (!hasRole(staffOf(req), 'editor', 'approver', 'admin'))
    throw new APIError(language === 'vi' ? 'Chỉ biên tập viên, lãnh đạo Ban và quản trị được gộp hồ sơ.' : 'Only editors, approvers and admins merge records.', 403, undefined, true)
  return language
}

/** GET /api/officials/:id/merge-preview?from=OTHER: what merging OTHER into :id would change. */
export const mergePreviewEndpoint: Endpoint = {
  path: '/:id/merge-preview',
  method: 'get',
  handler: async (req) => {
    const language = guard(req)
    return Response.json(await previewMerge(req.payload, String(req.routeParams?.id), String(req.searchParams.get('from') ?? ''), language))
  },
}

/** POST /api/officials/:id/merge { from }: merge OTHER into :id. */
export const mergeEndpoint: Endpoint = {
  path: '/:id/merge',
  method: 'post',
  handler: async (req) => {
    const language = guard(req)
    const body = ((await req.json?.().catch(() => ({}))) ?? {}) as { from?: string | number }
    const plan = await mergeOfficials(req.payload, String(req.routeParams?.id), String(body.from ?? ''), language)
    await recordAudit(req, { action: 'merge', collectionSlug: 'officials', documentId: plan.keep.id, target: plan.keep.fullName, summary: `gộp "${plan.remove.fullName}" (${plan.remove.id}) vào; ${plan.reports.length} tin bài được cập nhật` })
    return Response.json({ ...plan, message: language === 'vi' ? `Đã gộp, ${plan.reports.length} tin bài được cập nhật.` : `Merged; ${plan.reports.length} reports updated.` })
  },
}
