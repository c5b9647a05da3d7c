'use client'
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/** "In bài": the browser's print dialog; the print stylesheet keeps only the article. */
export function PrintButton() {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      In bài
    </button>
  )
}

/**
 * Counts a view without holding up the page or touching its cache: after the page has shown,
 * the browser sends the report's id to /luot-xem in the background.
 */
export function ViewBeacon({ id, endpoint }: { id: string; endpoint: string }) {
  useEffect(() => {
    const body = new Blob([id], { type: 'text/plain' })
    if (!navigator.sendBeacon?.(endpoint, body)) void fetch(endpoint, { method: 'POST', body, keepalive: true }).catch(() => {})
  }, [id, endpoint])
  return null
}

/**
 * Payload's live preview for server-rendered pages: tell the admin the page is ready, then
 * re-render from the server (draft mode) each time the document is saved in the editor.
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
