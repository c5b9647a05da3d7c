import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { localPath } from '@/lib/site/localPath'

/** Leaves draft preview and returns to the page (a local path only). */
export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  ;(await draftMode()).disable()
  redirect(localPath(new URL(request.url).searchParams.get('den')))
}
