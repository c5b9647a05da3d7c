import { describe, expect, it } from 'vitest'
import { readAhead } from './readAhead'

const deferred = <T>() => {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}

describe('readAhead', () => {
  it('gives every item with its read, in order', async () => {
    const seen: [string, string][] = []
    for await (const pair of readAhead(['a', 'b', 'c'], async (x) => x.toUpperCase())) seen.push(pair)
    expect(seen).toEqual([
      ['a', 'A'],
      ['b', 'B'],
      ['c', 'C'],
    ])
  })

  it('starts the next read while the caller works on the current item, and no further', async () => {
    const started: number[] = []
    const reads = [deferred<number>(), deferred<number>(), deferred<number>()]
    const it = readAhead([0, 1, 2], (i) => (started.push(i), reads[i].promise))[Symbol.asyncIterator]()
    const first = it.next()
    expect(started).toEqual([0])
    reads[0].resolve(0)
    expect((await first).value).toEqual([0, 0])
    // the caller now works on item 0: item 1 is being read, item 2 not yet
    expect(started).toEqual([0, 1])
    reads[1].resolve(1)
    expect((await it.next()).value).toEqual([1, 1])
    expect(started).toEqual([0, 1, 2])
  })

  it('leaves no unhandled rejection behind when the caller stops early', async () => {
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    try {
      for await (const [i] of readAhead([0, 1], async (i) => {
        if (i === 1) throw new Error('hỏng')
        return i
      })) {
        if (i === 0) break
      }
      // Node reports unhandled rejections once the microtasks are done: two turns of the loop are enough
      for (let turn = 0; turn < 2; turn++) await new Promise(setImmediate)
      expect(unhandled).toEqual([])
    } finally {
      process.off('unhandledRejection', onUnhandled)
    }
  })

  it('throws a failed read when its item is reached', async () => {
    const run = async () => {
      for await (const _ of readAhead([0, 1], async (i) => {
        if (i === 1) throw new Error('hỏng')
        return i
      }));
    }
    await expect(run()).rejects.toThrow('hỏng')
  })
})
