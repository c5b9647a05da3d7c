// The public site's only script: its pages come without Next's client runtime, which they do not
// need (src/lib/site/clientRuntime.ts). A report's "In bài" opens the print dialog, and the
// report counts its view by sending its id to /luot-xem in the background
// (src/components/site/ReportActions.tsx renders what this reads).
;(() => {
  for (const button of document.querySelectorAll('[data-print]')) button.addEventListener('click', () => window.print())
  for (const mark of document.querySelectorAll('[data-view-beacon]')) {
    const endpoint = mark.getAttribute('data-view-beacon')
    const body = new Blob([mark.getAttribute('data-view-id') ?? ''], { type: 'text/plain' })
    if (!navigator.sendBeacon?.(endpoint, body)) fetch(endpoint, { method: 'POST', body, keepalive: true }).catch(() => {})
  }
})()
