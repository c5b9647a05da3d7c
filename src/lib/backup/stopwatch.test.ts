import { describe, expect, it } from 'vitest'
import { stopwatch } from './stopwatch'

describe('stopwatch', () => {
  it('charges each lap to its part, adding up parts that come back', () => {
    let t = 1000
    const watch = stopwatch(() => t)
    t += 1500
    watch.lap('documents')
    t += 250
    watch.lap('files')
    t += 500
    watch.lap('documents')
    expect(watch.seconds()).toEqual({ documents: 2, files: 0.25 })
  })
})
