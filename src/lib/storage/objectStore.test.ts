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
