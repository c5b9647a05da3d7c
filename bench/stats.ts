/** Small helpers shared by the benchmarks. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

export async function timeEach(count: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint()
    await fn(i)
    samples.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  return samples
}

export function benchLine(name: string, figure: number, floor: number, unit: string, goal: string): string {
  return `bench ${name}: ${figure.toFixed(2)} ${unit}, floor ${floor.toFixed(2)} ${unit}, ratio ${(figure / floor).toFixed(2)} (goal ${goal})`
}
