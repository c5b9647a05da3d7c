import { countView, validReportId } from '@/site/viewCounter'
import { sitePayload } from '@/site/queries'

/** The view counter's beacon: answers at once; the count is written in the background. */
export const dynamic = 'force-dynamic'

export async function POST(request: Request): Promise<Response> {
  const id = (await request.text()).trim().slice(0, 64)
  if (!validReportId(id)) return new Response(null, { status: 400 })
  countView(sitePayload, id)
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } })
}
