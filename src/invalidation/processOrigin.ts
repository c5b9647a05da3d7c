import { randomBytes } from 'node:crypto'

const ORIGIN = Symbol.for('danvan.invalidationOrigin')

/**
 * This process's name on the invalidation log's rows, on globalThis: the hooks and the follower
 * may sit in different bundles of one process (Next's chunks, instrumentation).
 */
export function processOrigin(): string {
  const holder = globalThis as { [ORIGIN]?: string }
  return (holder[ORIGIN] ??= `${process.pid}-${randomBytes(4).toString('hex')}`)
}
