import { requestAddress } from '@/lib/api/clientAddress'
import { isBotAgent, SeenRecently } from '@/lib/site/viewTally'
import { countView, validReportId } from '@/site/viewCounter'
import { sitePayload } from '@/site/sitePayload'

/**
 * The view counter's beacon: answers at once; the count is written in the background, for
 * published reports only (src/site/viewCounter.ts). A client (address and browser) counts once
 * per report in half an hour, so reloads and scripted beacons do not inflate the figures; a
 * client whose User-Agent says it is a bot, a previewer or a script is not counted at all.
 */
export const dynamic = 'force-dynamic'

const seen = new SeenRecently()

export async function POST(request: Request): Promise<Response> {
  const id = (await request.text()).trim().slice(0, 64)
  if (!validReportId(id)) return new Response(null, { status: 400 })
  const agent = request.headers.get('user-agent')
  const client = `${requestAddress(request.headers)} ${agent ?? ''}`
  if (!isBotAgent(agent) && seen.firstTime(client, id, Date.now())) countView(sitePayload, id)
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } })
}
