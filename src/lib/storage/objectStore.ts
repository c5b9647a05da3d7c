import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

/** Where upload files live: the local media folder, or an S3-compatible bucket. */
export type ObjectStore = {
  kind: 'local' | 's3'
  put(name: string, body: Buffer, contentType: string): Promise<void>
  get(name: string): Promise<Buffer | null>
  remove(names: string[]): Promise<void>
  /** Every stored file with when it was last written (the start-up recovery's inventory). */
  list(): Promise<{ name: string; modifiedAt: number }[]>
}

export type S3Settings = {
  bucket: string
  region: string
  endpoint?: string
  forcePathStyle: boolean
  prefix: string
  accessKeyId?: string
  secretAccessKey?: string
}

/** S3 storage is on when S3_BUCKET is set; the rest has defaults that suit AWS. */
export function s3Settings(env: Record<string, string | undefined>): S3Settings | null {
  if (!env.S3_BUCKET) return null
  return {
    bucket: env.S3_BUCKET,
    region: env.S3_REGION || 'us-east-1',
    endpoint: env.S3_ENDPOINT || undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true' || Boolean(env.S3_ENDPOINT),
    prefix: (env.S3_PREFIX || 'media').replace(/^\/+|\/+$/g, ''),
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
  }
}

export function localStore(dir: string): ObjectStore {
  const file = (name: string) => path.join(dir, path.basename(name))
  return {
    kind: 'local',
    async put(name, body) {
      await fs.mkdir(dir, { recursive: true })
      // whole or not at all: a crash mid-write leaves a partial copy under another name (swept
      // at start-up), never a cut-off file under the real one
      const partial = `${file(name)}.tmp-${randomBytes(4).toString('hex')}`
      try {
        await fs.writeFile(partial, body)
        await fs.rename(partial, file(name))
      } catch (error) {
        await fs.rm(partial, { force: true })
        throw error
      }
    },
    async get(name) {
      return fs.readFile(file(name)).catch(() => null)
    },
    async remove(names) {
      await Promise.all(names.map((n) => fs.rm(file(n), { force: true })))
    },
    async list() {
      const names = await fs.readdir(dir).catch(() => [] as string[])
      const found = await Promise.all(
        names.map(async (name) => {
          const stat = await fs.stat(path.join(dir, name)).catch(() => null)
          return stat?.isFile() ? { name, modifiedAt: stat.mtimeMs } : null
        }),
      )
      return found.filter((f): f is { name: string; modifiedAt: number } => f !== null)
    },
  }
}

export function s3Store(settings: S3Settings): ObjectStore {
  const key = (name: string) => [settings.prefix, path.basename(name)].filter(Boolean).join('/')
  const client = import('@aws-sdk/client-s3').then((sdk) => ({
    sdk,
    s3: new sdk.S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials: settings.accessKeyId && settings.secretAccessKey ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } : undefined,
      // many S3-compatible stores reject the newer streaming checksums
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    }),
  }))
  return {
    kind: 's3',
    async put(name, body, contentType) {
      const { sdk, s3 } = await client
      await s3.send(new sdk.PutObjectCommand({ Bucket: settings.bucket, Key: key(name), Body: body, ContentType: contentType, CacheControl: 'public, max-age=31536000, immutable' }))
    },
    async get(name) {
      const { sdk, s3 } = await client
      try {
        const out = await s3.send(new sdk.GetObjectCommand({ Bucket: settings.bucket, Key: key(name) }))
        return Buffer.from(await out.Body!.transformToByteArray())
      } catch (error) {
        if ((error as { name?: string }).name === 'NoSuchKey' || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null
        throw error
      }
    },
    async remove(names) {
      const { sdk, s3 } = await client
      await Promise.all(names.map((n) => s3.send(new sdk.DeleteObjectCommand({ Bucket: settings.bucket, Key: key(n) }))))
    },
    async list() {
      const { sdk, s3 } = await client
      const prefix = settings.prefix ? `${settings.prefix}/` : ''
      const found: { name: string; modifiedAt: number }[] = []
      let token: string | undefined
      do {
        const page = await s3.send(new sdk.ListObjectsV2Command({ Bucket: settings.bucket, Prefix: prefix, ContinuationToken: token }))
        for (const item of page.Contents ?? []) {
          const name = item.Key?.slice(prefix.length)
          if (name && !name.includes('/')) found.push({ name, modifiedAt: item.LastModified?.getTime() ?? 0 })
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (token)
      return found
    },
  }
}
