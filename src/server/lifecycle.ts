/**
 * What the production server (serve.ts) and the app inside it (Next's bundles, which may hold
 * their own copies of a module) share in one process: the job runner's last beat and the jobs it
 * is running, for the health check (src/api/healthEndpoint.ts), and the work to finish before the
 * process exits on SIGTERM (view counts to write, the job to finish, the database to close).
 * Kept on globalThis, so every copy of this module sees the same.
 */

/** Given the time (ms since epoch) by which the process exits. */
type ShutdownHook = (deadline: number) => Promise<void>

type Lifecycle = {
  startedAt: number
  /** When the job runner last ticked (Payload's autorun cron asks shouldAutoRun at every tick). */
  lastJobBeat: number | null
  /** Jobs this process is running now, by id. */
  runningJobs: Set<string | number>
  /** In the order registered; run in reverse (the database last). */
  hooks: Map<string, ShutdownHook>
  stopping: boolean
}

const KEY = Symbol.for('dan-van-cms.lifecycle')
const store = globalThis as unknown as { [KEY]?: Lifecycle }

export function lifecycle(): Lifecycle {
  return (store[KEY] ??= { startedAt: Date.now(), lastJobBeat: null, runningJobs: new Set(), hooks: new Map(), stopping: false })
}

/** Called by the jobs config's shouldAutoRun at every tick of the runner; false once stopping, so no new job starts. */
export function jobRunnerBeat(enabled: boolean): boolean {
  const state = lifecycle()
  state.lastJobBeat = Date.now()
  return enabled && !state.stopping
}

/** A task whose runs this process counts, so a shutdown can wait for them. */
export function countedTask<T extends { handler: unknown }>(task: T): T {
  const handler = task.handler
  if (typeof handler !== 'function') return task
  const counted = async (args: { job?: { id?: string | number } }) => {
    const id = args.job?.id ?? `job-${Date.now()}-${Math.random()}`
    lifecycle().runningJobs.add(id)
    try {
      return await (handler as (args: unknown) => Promise<unknown>)(args)
    } finally {
      lifecycle().runningJobs.delete(id)
    }
  }
  return { ...task, handler: counted }
}

/** Registers (or replaces, by name) work to do before the process exits. */
export function onShutdown(name: string, hook: ShutdownHook): void {
  lifecycle().hooks.set(name, hook)
}

/** Resolves once no job of this process runs, or at `deadline` (ms since epoch) with the ids still running. */
export async function jobsSettled(deadline: number, poll = 100): Promise<(string | number)[]> {
  const state = lifecycle()
  while (state.runningJobs.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, poll))
  return [...state.runningJobs]
}

/**
 * Runs every shutdown hook, latest registered first, each given what is left of the time; a hook
 * that fails or outlives the deadline is named in the result and the next one runs.
 */
export async function runShutdownHooks(deadline: number, log: (line: string) => void): Promise<void> {
  const state = lifecycle()
  state.stopping = true
  for (const [name, hook] of [...state.hooks].reverse()) {
    const left = deadline - Date.now()
    if (left <= 0) {
      log(`shutdown: no time left for "${name}"`)
      continue
    }
    let timer: NodeJS.Timeout | undefined
    const outcome = await Promise.race([
      hook(deadline).then(
        () => 'done',
        (error: unknown) => `failed: ${error instanceof Error ? error.message : String(error)}`,
      ),
      new Promise<string>((resolve) => (timer = setTimeout(() => resolve('timed out'), left))),
    ])
    clearTimeout(timer)
    if (outcome !== 'done') log(`shutdown: "${name}" ${outcome}`)
  }
}
