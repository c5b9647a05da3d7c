'use client'
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Payload's live preview for server-rendered pages: tell the admin the page is ready, then
 * re-render from the server (draft mode) each time the document is saved in the editor. The one
 * client component of the public site, drawn in preview only: preview pages keep Next's runtime.
 */
export function LivePreviewRefresh() {
  const router = useRouter()
  useEffect(() => {
    if (window.parent === window) return
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin) return
      if (event.data && typeof event.data === 'object' && event.data.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    window.parent.postMessage({ type: 'payload-live-preview', ready: true }, window.location.origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
