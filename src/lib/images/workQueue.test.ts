import { describe, expect, it } from 'vitest'
import { WorkQueue } from './workQueue'

describe('WorkQueue', () => {
  it('never runs more than its limit at once, and runs everything', async () => {
    const queue = new WorkQueue(2)
    let running = 0
    let peak = 0
    const done: number[] = []
    await Promise.all(
      Array.from({ length: 7 }, (_, i) =>
        queue.run(async () => {
          running++
          peak = Math.max(peak, running)
          await new Promise((r) => setTimeout(r, 5))
          running--
          done.push(i)
        }),
      ),
    )
    expect(peak).toBe(2)
    expect(done.sort()).toEqual([0, 1, 2, 3, 4, 5, 6])
  })

  it('frees its slot when a task fails', async () => {
    const queue = new WorkQueue(1)
    await expect(queue.run(async () => { throw new Error('hỏng') })).rejects.toThrow('hỏng')
    await expect(queue.run(async () => 'tiếp')).resolves.toBe('tiếp')
  })
})
