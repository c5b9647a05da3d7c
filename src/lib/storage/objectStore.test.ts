import { describe, expect, it } from 'vitest'
import { s3Settings } from './objectStore'

describe('s3Settings', () => {
  it('is off without a bucket', () => {
    expect(s3Settings({})).toBeNull()
  })
  it('reads an S3-compatible endpoint as path-style', () => {
    expect(s3Settings({ S3_BUCKET: 'anh', S3_ENDPOINT: 'http://minio:9000', S3_ACCESS_KEY_ID: 'a', S3_SECRET_ACCESS_KEY: 'b', S3_PREFIX: '/uploads/' })).toEqual({
      bucket: 'anh', region: 'us-east-1', endpoint: 'http://minio:9000', forcePathStyle: true, prefix: 'uploads', accessKeyId: 'a', secretAccessKey: 'b',
    })
  })
})

describe('localStore', () => {
  it('writes a file whole under its name, lists it with its time, and leaves no partial copy', async () => {
    const fs = await import('node:fs/promises')
    const os = await import('node:os')
    const path = await import('node:path')
    const { localStore } = await import('./objectStore')
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'store-'))
    const store = localStore(path.join(dir, 'photos'))
    expect(await store.list()).toEqual([])
    await store.put('anh-1.jpg', Buffer.from('abc'), 'image/jpeg')
    await store.put('anh-1.jpg', Buffer.from('abcd'), 'image/jpeg')
    const listed = await store.list()
    expect(listed.map((f) => f.name)).toEqual(['anh-1.jpg'])
    expect(Math.abs(listed[0].modifiedAt - Date.now())).toBeLessThan(60_000)
    expect((await store.get('anh-1.jpg'))?.toString()).toBe('abcd')
    await store.remove(['anh-1.jpg'])
    expect(await store.list()).toEqual([])
    await fs.rm(dir, { recursive: true, force: true })
  })
})
