import { S3_PORT } from './s3Env'
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFakeS3 } from '../fixtures/fakeS3'
import { filenamesOf, type VariantMap } from '../../collections/Media/hooks/variantFiles'
import { loginToken, makeUser, rest, samplePhoto, testPayload, unitNamed } from './helpers'

/** The same pipeline with S3-compatible storage: every file in the bucket, nothing on disk. */
describe('photos on S3-compatible storage', () => {
  const s3 = startFakeS3(S3_PORT)
  let token: string
  let unit: number | string

  beforeAll(async () => {
    await s3.ready
    const payload = await testPayload()
    unit = (await unitNamed(payload, 'Ban Dân vận Thành ủy Hà Nội')).id
    token = await loginToken((await makeUser(payload, ['contributor'], [unit])).email)
  })
  afterAll(() => s3.close())

  it('stores the original and every size in the bucket, serves them, and deletes them with the photo', async () => {
    const form = new FormData()
    // left half red, right half blue, so the focal crop shows which side it is on
    const photo = await sharp({ create: { width: 1600, height: 500, channels: 3, background: '#dc0000' } })
      .composite([{ input: { create: { width: 800, height: 500, channels: 3, background: '#0000dc' } }, left: 800, top: 0 }])
      .jpeg()
      .toBuffer()
    form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'hoi-nghi-s3.jpg')
    form.append('_payload', JSON.stringify({ alt: 'Hội nghị', unit }))
    const res = await rest('POST', '/media', { token, form })
    expect(res.status).toBe(201)
    const doc = res.body.doc
    const keys = [...s3.objects.keys()].sort()
    const expected = [doc.filename, ...Object.values(doc.variants as Record<string, Record<string, { filename: string }>>).flatMap((v) => Object.values(v).map((r) => r.filename))]
    expect(keys).toEqual(expected.map((f) => `/anh-dan-van/media/${f}`).sort())
    expect(fs.existsSync(path.join(process.env.MEDIA_DIR!, 'photos', doc.filename))).toBe(false)
    // to the unit's staff: the photo is used by nothing published yet (mediaPrivacy.test.ts)
    const served = await rest('GET', `/media/file/${doc.variants.card.webp.filename}`, { token })
    expect(served.status).toBe(200)
    const card = s3.objects.get(`/anh-dan-van/media/${doc.variants.card.webp.filename}`)!
    expect([card.type, (await sharp(card.body).metadata()).width]).toEqual(['image/webp', 768])

    // the focal point moves: the social crop is redone from the original in the bucket
    const socialKey = `/anh-dan-van/media/${doc.variants.social.webp.filename}`
    const before = s3.objects.get(socialKey)!.body
    expect((await rest('PATCH', `/media/${doc.id}`, { token, json: { focalX: 5 } })).status).toBe(200)
    expect(s3.objects.get(socialKey)!.body.equals(before)).toBe(false)

    expect((await rest('DELETE', `/media/${doc.id}`, { token })).status).toBe(200)
    expect([...s3.objects.keys()]).toEqual([])
  })

  it('swaps a replaced photo\'s objects once the change is stored, and keeps them all when a deletion fails', async () => {
    const upload = async (width: number) => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(await samplePhoto(width, 300))], { type: 'image/jpeg' }), 'thay-s3.jpg')
      form.append('_payload', JSON.stringify({ alt: 'Hội nghị', unit }))
      return form
    }
    const keysOf = (doc: { filename: string; variants: unknown }) => [doc.filename, ...filenamesOf(doc.variants as VariantMap)].map((f) => `/anh-dan-van/media/${f}`).sort()
    const first = (await rest('POST', '/media', { token, form: await upload(400) })).body.doc
    const replaced = await rest('PATCH', `/media/${first.id}`, { token, form: await upload(420) })
    expect(replaced.status).toBe(200)
    expect([...s3.objects.keys()].sort()).toEqual(keysOf(replaced.body.doc))

    // a failure after the deletion's file work, before its commit: the transaction rolls back
    const hooks = (await testPayload()).collections.media.config.hooks.afterDelete
    hooks.push(() => {
      hooks.pop()
      throw new Error('cắt ngang trước khi ghi xong')
    })
    expect((await rest('DELETE', `/media/${first.id}`, { token })).status).toBe(500)
    expect([...s3.objects.keys()].sort()).toEqual(keysOf(replaced.body.doc))
    expect((await rest('DELETE', `/media/${first.id}`, { token })).status).toBe(200)
    expect([...s3.objects.keys()]).toEqual([])
  })
})
