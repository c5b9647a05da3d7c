import { describe, expect, it } from 'vitest'
import { Gate } from './gate'

/** A gate on the test's clock whose hand-overs wait until the test runs them. */
function gate(concurrency: number, queueLength: number) {
  const deferred: (() => void)[] = []
  const took: number[] = []
  const clock = { now: 0 }
  const g = new Gate(concurrency, queueLength, (next, ms) => (deferred.push(next), took.push(ms)), () => clock.now)
  return { gate: g, clock, took, flush: () => deferred.splice(0).forEach((next) => next()) }
}

describe('Gate', () => {
  it('runs up to its concurrency at once and the rest in order, each after the one before has finished', () => {
    const { gate: g, flush, clock, took } = gate(1, 10)
    const started: string[] = []
    const done: Record<string, () => void> = {}
    for (const name of ['a', 'b', 'c'])
      expect(
        g.enter((finish) => {
          started.push(name)
          done[name] = finish
        }),
      ).toBe(true)
    expect(started).toEqual(['a'])
    expect([g.active, g.queued]).toEqual([1, 2])
    clock.now = 250
    done.a()
    done.a() // twice: harmless
    expect(started).toEqual(['a']) // handed over later, told how long a took
    expect(took).toEqual([250])
    flush()
    expect(started).toEqual(['a', 'b'])
    clock.now = 300
    done.b()
    expect(took).toEqual([250, 50])
    flush()
    done.c()
    expect([g.active, g.queued]).toEqual([0, 0])
  })

  it('keeps a handed-over place from newcomers, and refuses once the line is full', () => {
    const { gate: g, flush } = gate(1, 1)
    const started: string[] = []
    let finishA = () => {}
    g.enter((finish) => {
      started.push('a')
      finishA = finish
    })
    expect(g.enter(() => started.push('b'))).toBe(true)
    expect(g.enter(() => started.push('c'))).toBe(false)
    finishA()
    // b holds the place before its turn comes: a newcomer waits rather than jumping ahead
    expect(g.enter(() => started.push('d'))).toBe(true)
    flush()
    expect(started).toEqual(['a', 'b'])
  })

  it('lets several run at once when asked', () => {
    const { gate: g } = gate(3, 0)
    const started: number[] = []
    for (let i = 0; i < 4; i++) g.enter(() => started.push(i))
    expect(started).toEqual([0, 1, 2])
  })
})
