import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { relationId } from '@/lib/roles'
import { previewPath, reportPath } from '@/lib/site/urls'
import { currentStaff } from '@/site/auth'
import { sitePayload } from '@/site/sitePayload'

/**
 * /xem-truoc?id=ID — staff preview. The Payload user comes from the request's cookie; without
 * one the admin's login page opens and comes back here. A report the user may not read is a
 * 404, whatever exists. Then Next's draft mode is turned on for this browser and the report's
 * public page renders the newest version instead of the cached published one.
 */
export const dynamic = 'force-dynamic'

const text = (body: string, status: number) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' } })

export async function GET(request: Request) {
  const id = new URL(request.url).searchParams.get('id') ?? ''
  if (!/^[\w-]{1,64}$/.test(id)) return text('Thiếu mã tin bài cần xem trước.', 400)
  const user = await currentStaff(request.headers)
  if (!user) redirect(`/admin/login?redirect=${encodeURIComponent(previewPath({ id }))}`)
  const payload = await sitePayload()
  const report = (await payload.findByID({ collection: 'reports', id, draft: true, depth: 0, overrideAccess: false, user, disableErrors: true, select: { slug: true, unit: true } })) as { slug?: string; unit?: unknown } | null
  const unitId = relationId(report?.unit as never)
  const unit = unitId ? await payload.findByID({ collection: 'units', id: unitId, depth: 0, overrideAccess: false, disableErrors: true, select: { slug: true } }) : null
  if (!report?.slug || !unit?.slug) return text('Không tìm thấy tin bài, hoặc bạn không có quyền xem tin bài này.', 404)
  ;(await draftMode()).enable()
  redirect(reportPath(unit, { slug: report.slug }))
}
