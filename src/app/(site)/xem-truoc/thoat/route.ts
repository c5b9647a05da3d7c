import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/** Leaves draft preview and returns to the page (a local path only). */
export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const to = new URL(request.url).searchParams.get('den') ?? '/'
  redirect(to.startsWith('/') && !to.startsWith('//') ? to : '/')
}
