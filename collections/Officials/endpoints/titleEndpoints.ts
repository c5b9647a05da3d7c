import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { requestLanguage } from '../../../src/i18n/translations'
import { confirmTitlesOn } from '../../../src/lib/officials/confirmation'
import type { Position } from '../../../src/lib/officials/titlesAtDate'
import { hasRole, staffOf } from '../../../src/lib/roles'
import { organisationLookupOf } from '../../../src/data/organisationsOfRequest'
import { officialsTitleStatus } from '../titleStatus'

const STAFF = ['contributor', 'editor', 'approver', 'admin'] as const

function staffOnly(req: PayloadRequest) {
  const language = requestLanguage(req)
  if (!hasRole(staffOf(req), ...STAFF)) throw new APIError(language === 'vi' ? 'Cần đăng nhập bằng tài khoản cán bộ của Ban.' : 'Staff sign-in required.', 403, undefined, true)
  return language
}

function dayParam(value: unknown, language: 'vi' | 'en'): Date {
  const date = new Date(String(value ?? ''))
  if (!value || Number.isNaN(date.getTime())) throw new APIError(language === 'vi' ? 'Ngày không hợp lệ.' : 'Invalid date.', 400, undefined, true)
  return date
}

/** GET /api/officials/title-status?ids=1,2&date=ISO: for the report's checklist. */
export const titleStatusEndpoint: Endpoint = {
  path: '/title-status',
  method: 'get',
  handler: async (req) => {
    const language = staffOnly(req)
    const ids = String(req.searchParams.get('ids') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .slice(0, 100)
    return Response.json({ officials: await officialsTitleStatus(req, ids, dayParam(req.searchParams.get('date'), language)) })
  },
}

/**
 * POST /api/officials/:id/confirm-titles { date }: "the titles last seen are still held on
 * this day". Any staff member writing a report may vouch for this one narrow change (the
 * posts' periods widen to the day and are marked confirmed); other edits of an official
 * stay with editors.
 */
export const confirmTitlesEndpoint: Endpoint = {
  path: '/:id/confirm-titles',
  method: 'post',
  handler: async (req) => {
    const language = staffOnly(req)
    const body = ((await req.json?.().catch(() => ({}))) ?? {}) as { date?: string }
    const date = dayParam(body.date, language)
    const official = await req.payload.findByID({ collection: 'officials', id: req.routeParams?.id as string, depth: 0, disableErrors: true, overrideAccess: true, req })
    if (!official) throw new APIError(language === 'vi' ? 'Không tìm thấy cán bộ.' : 'Official not found.', 404, undefined, true)
    const result = confirmTitlesOn((official.positions ?? []) as Position[], date, await organisationLookupOf(req))
    if (!result.confirmed.length) {
      const reason = result.impossible.length
        ? language === 'vi'
          ? `Cơ quan của chức danh "${result.impossible.join('", "')}" không còn tồn tại vào ngày này: hãy dùng "Thay đổi chức danh".`
          : `The organisation of "${result.impossible.join('", "')}" did not exist on that day: use "Change titles".`
        : language === 'vi'
          ? 'Chưa có chức danh nào để xác nhận: hãy dùng "Thay đổi chức danh".'
          : 'No titles to confirm: use "Change titles".'
      throw new APIError(reason, 400, { impossible: result.impossible }, true)
    }
    await req.payload.update({ collection: 'officials', id: official.id, data: { positions: result.positions as never }, depth: 0, overrideAccess: true, req })
    return Response.json({
      confirmed: result.confirmed,
      impossible: result.impossible,
      message: language === 'vi' ? `Đã xác nhận chức danh: ${result.confirmed.join(', ')}.` : `Titles confirmed: ${result.confirmed.join(', ')}.`,
    })
  },
}
