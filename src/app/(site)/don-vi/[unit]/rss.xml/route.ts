import { feedResponse } from '@/site/feeds'

/** RSS 2.0 of one unit's latest published reports. */
export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ unit: string }> }): Promise<Response> {
  return feedResponse((await params).unit)
}
