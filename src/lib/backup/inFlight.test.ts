import { describe, expect, it } from 'vitest'
import { inFlight } from './inFlight'

const tick = () => new Promise((r) => setTimeout(r, 1))

describe('inFlight', () => {
  it('runs at most `limit` jobs at once and waits for every one', async () => {
    const pool = inFlight(3)
    let running = 0
    let most = 0
    const done: number[] = []
    for (let i = 0; i < 10; i++)
      await pool.add(async () => {
        most = Math.max(most, ++running)
        await tick()
        running--
        done.push(i)
      })
    await pool.drain()
    expect(most).toBe(3)
    expect(done.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
  })

  it('throws the first failure and starts nothing after it', async () => {
    const pool = inFlight(1)
    const started: number[] = []
    await pool.add(async () => {
      started.push(0)
      throw new Error('ổ đĩa đầy')
    })
    await expect(pool.add(async () => void started.push(1))).rejects.toThrow('ổ đĩa đầy')
    await expect(pool.drain()).rejects.toThrow('ổ đĩa đầy')
    expect(started).toEqual([0])
  })
})
