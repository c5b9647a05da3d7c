import { APIError, ValidationError, type Endpoint } from 'payload'
import { hasRole, staffOf } from '../../../src/lib/roles'
import { changeTitles, type StoredPosition, type TitleChange } from '../../../src/lib/officials/changeTitles'
import { requestLanguage } from '../../../src/i18n/translations'

/** POST /api/officials/:id/change-titles { date, end: [positionId], start: [{ title, ... }] } */
export const changeTitlesEndpoint: Endpoint = {
  path: '/:id/change-titles',
  method: 'post',
  handler: async (req) => {
    const language = requestLanguage(req)
    if (!hasRole(staffOf(req), 'editor', 'approver', 'admin')) {
      throw new APIError(language === 'vi' ? 'Chỉ biên tập viên, lãnh đạo Ban và quản trị được đổi chức danh.' : 'Only editors, approvers and admins change titles.', 403, undefined, true)
    }
    const body = ((await req.json?.().catch(() => ({}))) ?? {}) as Partial<TitleChange>
    const official = await req.payload.findByID({ collection: 'officials', id: req.routeParams?.id as string, depth: 0, disableErrors: true, req })
    if (!official) throw new APIError(language === 'vi' ? 'Không tìm thấy cán bộ.' : 'Official not found.', 404, undefined, true)
    const result = changeTitles((official.positions ?? []) as StoredPosition[], { date: String(body.date ?? ''), end: body.end ?? [], start: body.start ?? [] })
    if ('errors' in result) {
      throw new ValidationError({ collection: 'officials', errors: result.errors.map((e) => ({ path: e.path, message: e[language] })), req }, req.t)
    }
    const doc = await req.payload.update({ collection: 'officials', id: official.id, data: { positions: result.positions as never }, overrideAccess: false, user: req.user, req })
    return Response.json({ doc, message: language === 'vi' ? 'Đã cập nhật chức danh.' : 'Titles updated.' })
  },
}
