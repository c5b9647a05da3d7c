/**
 * A counting semaphore: at most `limit` image pipelines hold a decoded photo at once, so
 * memory is bounded by the queue, not by how many uploads arrive together.
 */
export class WorkQueue {
  private active = 0
  private waiting: (() => void)[] = []

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve))
    this.active++
    try {
      return await task()
    } finally {
      this.active--
      this.waiting.shift()?.()
    }
  }
}
