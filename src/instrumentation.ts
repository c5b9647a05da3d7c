/** Runs once when the server starts; the work needs Node, so it lives in Node-only modules. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // Vietnam time on the server too: Payload prints some admin dates while rendering on the
    // server (the version view's breadcrumb and title) in the process's own zone. Our code
    // names its zone everywhere, so only those change.
    process.env.TZ = 'Asia/Ho_Chi_Minh'
    const { checkStartup } = await import('./lib/config/checkStartup')
    checkStartup()
    // Start Payload now rather than on the first request, so the scheduled-publish runner
    // is on duty from the moment the server is.
    const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
    const payload = await getPayload({ config })
    // Load the site search's index in the background, so the first search does not wait for it.
    const { warmSearchIndex } = await import('./lib/search/indexSync')
    warmSearchIndex(payload).catch((error) => payload.logger.warn({ err: error }, 'search index: warm-up failed'))
    // Follow the invalidation log, so a write on any server process reaches this one's caches.
    const { followInvalidations } = await import('./invalidation/followInvalidations')
    followInvalidations(payload)
  }
}
