/**
 * Runs jobs with at most `limit` of them at once: `add` waits while that many run, `drain` waits
 * for the rest. The first failure is thrown by the next `add` or by `drain`, and no job is
 * started after it. How the restore writes photo files while it reads the archive on: one at a
 * time, each file's write, rename and the folder's bookkeeping waited for in turn.
 */
export function inFlight(limit: number) {
  const running = new Set<Promise<void>>()
  let failure: { error: unknown } | null = null
  const rethrow = () => {
    if (failure) throw failure.error
  }
  return {
    async add(job: () => Promise<void>): Promise<void> {
      while (running.size >= limit) await Promise.race(running)
      rethrow()
      const run: Promise<void> = job()
        .catch((error: unknown) => {
          failure ??= { error }
        })
        .then(() => {
          running.delete(run)
        })
      running.add(run)
    },
    async drain(): Promise<void> {
      await Promise.all(running)
      rethrow()
    },
  }
}
