import { describe, expect, it } from 'vitest'
import { WriteLock, WriteLockTimeout } from './writeLock'

const tick = () => new Promise((r) => setTimeout(r, 0))

describe('WriteLock', () => {
  it('lets one holder in at a time, in the order they asked', async () => {
    const lock = new WriteLock(0)
    const order: string[] = []
    const first = await lock.acquire('a')
    const b = lock.acquire('b').then((release) => (order.push('b'), release))
    const c = lock.acquire('c').then((release) => (order.push('c'), release))
    await tick()
    expect(order).toEqual([])
    expect(lock.waiting).toBe(2)
    first()
    const releaseB = await b
    await tick()
    expect(order).toEqual(['b'])
    releaseB()
    ;(await c)()
    expect(order).toEqual(['b', 'c'])
    expect(lock.isHeld).toBe(false)
  })

  it('ignores a second release of the same turn', async () => {
    const lock = new WriteLock(0)
    const release = await lock.acquire()
    const next = lock.acquire()
    release()
    release()
    const releaseNext = await next
    expect(lock.isHeld).toBe(true)
    const third = lock.acquire()
    let got = false
    void third.then(() => (got = true))
    await tick()
    expect(got).toBe(false) // the repeated release did not let a third in beside the second
    releaseNext()
    ;(await third)()
  })

  it('gives up a wait after the timeout, naming the holder, and the lock goes on', async () => {
    const lock = new WriteLock(20)
    const release = await lock.acquire('transaction 1')
    await expect(lock.acquire('insert')).rejects.toThrow(WriteLockTimeout)
    await expect(lock.acquire('insert')).rejects.toThrow(/held by transaction 1/)
    release()
    ;(await lock.acquire())()
    expect(lock.isHeld).toBe(false)
  })

  it('releases after run, also when the work throws', async () => {
    const lock = new WriteLock(0)
    await expect(lock.run(async () => { throw new Error('x') })).rejects.toThrow('x')
    expect(lock.isHeld).toBe(false)
    expect(await lock.run(async () => 7)).toBe(7)
  })
})
