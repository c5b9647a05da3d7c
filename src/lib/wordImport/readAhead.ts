/**
 * Each item with what `read` gives for it, in order, the next item's read already under way
 * while the caller works on the current one (one ahead, no more: memory stays at two reads).
 * A read the caller never reaches (it stopped or failed earlier) is settled quietly.
 */
export async function* readAhead<T, R>(items: readonly T[], read: (item: T) => Promise<R>): AsyncGenerator<[T, R]> {
  let next: Promise<R> | undefined = items.length ? read(items[0]) : undefined
  try {
    for (let i = 0; i < items.length; i++) {
      const current = next!
      next = undefined
      const value = await current
      if (i + 1 < items.length) next = read(items[i + 1])
      yield [items[i], value]
    }
  } finally {
    next?.catch(() => undefined)
  }
}
