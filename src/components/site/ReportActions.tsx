/**
 * A report's two behaviours, drawn on the server and run by the static public/site.js (the
 * public pages come without Next's client runtime: src/lib/site/clientRuntime.ts).
 */
export const SITE_SCRIPT = '/site.js'

/** "In bài": the browser's print dialog; the print stylesheet keeps only the article. */
export function PrintButton() {
  return (
    <button type="button" className="button" data-print="">
      In bài
    </button>
  )
}

/**
 * Counts a view without holding up the page or touching its cache: once the page is read, the
 * browser sends the report's id to `endpoint` in the background.
 */
export function ViewBeacon({ id, endpoint }: { id: string; endpoint: string }) {
  return <span hidden data-view-beacon={endpoint} data-view-id={id} />
}

/** The script behind them, once at the end of the page. */
export function SiteScript() {
  return <script src={SITE_SCRIPT} defer />
}
