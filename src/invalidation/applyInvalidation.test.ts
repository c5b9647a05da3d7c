import { afterEach, describe, expect, it, vi } from 'vitest'

const calls: string[] = []
vi.mock('next/cache', () => ({
  revalidateTag: (tag: string) => {
    calls.push(`next:${tag}`)
    throw new Error('Route /admin used "revalidateTag reports" during render which is unsupported.')
  },
  revalidatePath: () => {},
}))

describe('applyInvalidation', () => {
  afterEach(() => {
    delete (globalThis as { __incrementalCache?: unknown }).__incrementalCache
    vi.unstubAllEnvs()
    calls.length = 0
  })

  const serverCache = () => {
    const revalidated: string[][] = []
    ;(globalThis as { __incrementalCache?: unknown }).__incrementalCache = { revalidateTag: async (tags: string[]) => void revalidated.push(tags) }
    return revalidated
  }

  it('falls back to the server cache, by tags alone, when Next refuses to revalidate during a render (the job runner in an admin page)', async () => {
    vi.stubEnv('NEXT_RUNTIME', 'nodejs')
    const revalidated = serverCache()
    const warnings: unknown[] = []
    const { applyInvalidation } = await import('./applyInvalidation')
    const how = await applyInvalidation({ paths: ['/', '/don-vi/ha-noi'], tags: ['reports'] }, { warn: (o: unknown) => void warnings.push(o) })
    expect(how).toBe('process')
    expect(calls).toEqual(['next:reports'])
    expect(revalidated[0]).toEqual(['reports'])
    expect(warnings).toEqual([])
  })

  it('goes straight to the server cache for another process’s write (the follower runs outside any request)', async () => {
    vi.stubEnv('NEXT_RUNTIME', 'nodejs')
    const revalidated = serverCache()
    const { applyInvalidation } = await import('./applyInvalidation')
    expect(await applyInvalidation({ paths: ['/'], tags: ['units'] }, { warn: () => {} }, { outsideRequest: true })).toBe('process')
    expect(calls).toEqual([])
    expect(revalidated[0]).toEqual(['units'])
  })

  it('does nothing outside Next', async () => {
    const { applyInvalidation } = await import('./applyInvalidation')
    expect(await applyInvalidation({ paths: ['/'], tags: ['reports'] }, { warn: () => {} })).toBe('none')
  })
})
