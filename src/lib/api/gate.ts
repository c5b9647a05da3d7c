/**
 * At most `concurrency` tasks at once, the rest waiting in line (up to `queueLength`; beyond
 * that `enter` says no). A finished task hands its place to the next in line through
 * `handOver(next, ms)`, told how long the finished task took: the production server waits twice
 * that before starting the next anonymous API request (src/server/apiGuard.ts), so such requests
 * get at most a third of the server's time and whatever arrived meanwhile is answered first.
 */
export class Gate {
  private running = 0
  private readonly waiting: ((done: () => void) => void)[] = []

  constructor(
    readonly concurrency: number,
    readonly queueLength: number,
    private readonly handOver: (next: () => void, tookMs: number) => void = (next) => setImmediate(next),
    private readonly now: () => number = performance.now.bind(performance),
  ) {}

  /** Runs `task` now or once a place is free; the task calls `done` when it has finished (more than once is harmless). */
  enter(task: (done: () => void) => void): boolean {
    if (this.running < this.concurrency) {
      this.running++
      this.run(task)
      return true
    }
    if (this.waiting.length >= this.queueLength) return false
    this.waiting.push(task)
    return true
  }

  private run(task: (done: () => void) => void): void {
    const started = this.now()
    let finished = false
    task(() => {
      if (finished) return
      finished = true
      const next = this.waiting.shift()
      // the place passes straight to the next in line: a newcomer cannot take it meanwhile
      if (next) this.handOver(() => this.run(next), this.now() - started)
      else this.running--
    })
  }

  get active(): number {
    return this.running
  }

  get queued(): number {
    return this.waiting.length
  }
}
