import { feedResponse } from '@/site/feeds'

/** RSS 2.0 of the latest published reports of every unit. */
export const dynamic = 'force-dynamic'

export function GET(): Promise<Response> {
  return feedResponse()
}
