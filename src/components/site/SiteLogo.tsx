/**
 * The site's mark (public/favicon.svg, the same drawing) in the page itself: as an <img>, each
 * SVG is a document of its own that the browser builds on the main thread (about 120 ms a page
 * on a 4x-throttled phone CPU, measured in a trace), and React preloaded it besides.
 */
export function SiteLogo({ size }: { size: number }) {
  return (
    <svg viewBox="0 0 64 64" width={size} height={size} aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="12" fill="#b3001b" />
      <path d="M32 10l5.9 12.6 13.8 1.6-10.2 9.4 2.8 13.6L32 40.4l-12.3 6.8 2.8-13.6-10.2-9.4 13.8-1.6z" fill="#ffd400" />
    </svg>
  )
}
