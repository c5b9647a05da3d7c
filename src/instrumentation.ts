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
    // cron: the job runner starts with the server, not at the first admin or API request
    // (Payload starts it only where getPayload is asked to: its route handlers do)
    const payload = await getPayload({ config, cron: true })
    // what a SIGTERM waits for (src/server/serve.ts): the running job, then the database
    const { lifecycle, onShutdown, jobsSettled } = await import('./server/lifecycle')
    lifecycle()
    onShutdown('database', () => payload.destroy())
    onShutdown('jobs', async (deadline) => {
      // a job still running at the deadline is handed back to the queue, to be run again
      for (const id of await jobsSettled(deadline - 2000)) {
        await payload.db.updateOne({ collection: 'payload-jobs', id, data: { processing: false }, returning: false }).catch(() => undefined)
        payload.logger.warn(`shutdown: job ${id} left to be retried`)
      }
    })
    // Load the site search's index in the background, so the first search does not wait for it.
    const { warmSearchIndex } = await import('./lib/search/indexSync')
    warmSearchIndex(payload).catch((error) => payload.logger.warn({ err: error }, 'search index: warm-up failed'))
    // Follow the invalidation log, so a write on any server process reaches this one's caches.
    const { followInvalidations } = await import('./invalidation/followInvalidations')
    followInvalidations(payload)
  }
}
