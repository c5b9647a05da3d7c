import { afterEach, describe, expect, it, vi } from 'vitest'

const calls: string[] = []
vi.mock('next/cache', () => ({
  revalidateTag: (tag: string) => {
    calls.push(`next:${tag}`)
    throw new Error('Route /admin used "revalidateTag reports" during render which is unsupported.')
  },
  revalidatePath: () => {},
}))

describe('revalidateSite', () => {
  afterEach(() => {
    delete (globalThis as { __incrementalCache?: unknown }).__incrementalCache
    vi.unstubAllEnvs()
    calls.length = 0
  })

  it('falls back to the server cache when Next refuses to revalidate during a render (the job runner in an admin page)', async () => {
    vi.stubEnv('NEXT_RUNTIME', 'nodejs')
    const revalidated: string[][] = []
    ;(globalThis as { __incrementalCache?: unknown }).__incrementalCache = { revalidateTag: async (tags: string[]) => void revalidated.push(tags) }
    const warnings: unknown[] = []
    const { revalidateSite } = await import('./revalidate')
    const how = await revalidateSite({ paths: ['/', '/don-vi/ha-noi'], tags: ['reports'] }, { warn: (o) => void warnings.push(o) })
    expect(how).toBe('process')
    expect(calls).toEqual(['next:reports'])
    expect(revalidated[0]).toEqual(['reports', '_N_T_/', '_N_T_/index', '_N_T_/don-vi/ha-noi'])
    expect(warnings).toEqual([])
  })
})
