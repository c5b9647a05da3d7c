/**
 * Seconds spent per part of a long job (the restore's documents, versions, files, search
 * index…), where the parts interleave: each `lap` charges the time since the last one to its
 * part. What the restore reports and the backup bench prints, so a slow part shows by name.
 */
export type Stopwatch = { lap(part: string): void; seconds(): Record<string, number> }

export function stopwatch(now: () => number = () => performance.now()): Stopwatch {
  const spent = new Map<string, number>()
  let last = now()
  return {
    lap(part) {
      const at = now()
      spent.set(part, (spent.get(part) ?? 0) + (at - last))
      last = at
    },
    seconds: () => Object.fromEntries([...spent].map(([part, ms]) => [part, Math.round(ms) / 1000])),
  }
}
