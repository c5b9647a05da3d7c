/**
 * At most `concurrency` tasks at once, the rest waiting in line (up to `queueLength`; beyond
 * that `enter` says no). A finished task hands its place to the next in line through `defer`
 * (setImmediate by default), so whatever input arrived meanwhile is handled before the next
 * task starts: the production server lets one anonymous API request run at a time this way,
 * and the pages served between two of them never wait for more than one.
 */
export class Gate {
  private running = 0
  private readonly waiting: ((done: () => void) => void)[] = []

  constructor(
    readonly concurrency: number,
    readonly queueLength: number,
    private readonly defer: (next: () => void) => void = setImmediate,
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
    let finished = false
    task(() => {
      if (finished) return
      finished = true
      const next = this.waiting.shift()
      if (next) this.defer(() => this.run(next))
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
