/** Runs once when the server starts; the work needs Node, so it lives in Node-only modules. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkStartup } = await import('./lib/config/checkStartup')
    checkStartup()
    // Start Payload now rather than on the first request, so the scheduled-publish runner
    // is on duty from the moment the server is.
    const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
    const payload = await getPayload({ config })
    // Load the site search's index in the background, so the first search does not wait for it.
    const { warmSearchIndex } = await import('./lib/search/indexSync')
    warmSearchIndex(payload).catch((error) => payload.logger.warn({ err: error }, 'search index: warm-up failed'))
  }
}
