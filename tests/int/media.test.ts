import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../src/payload-types'
import { filenamesOf, type VariantMap } from '../../collections/Media/hooks/variantFiles'
import { loginToken, makeUser, rest, testPayload, uniq, unitNamed } from './helpers'

const dir = () => path.join(process.env.MEDIA_DIR!, 'photos')
const listing = () => (fs.existsSync(dir()) ? fs.readdirSync(dir()).sort() : [])

function crc32(buf: Buffer): number {
  let c = ~0
  for (const byte of buf) {
    c ^= byte
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1))
  }
  return ~c >>> 0
}

/** A tiny PNG whose header claims 30000×30000 pixels: a decompression bomb's calling card. */
async function pngBomb(): Promise<Buffer> {
  const png = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000000' } }).png().toBuffer()
  const out = Buffer.from(png)
  out.writeUInt32BE(30000, 16)
  out.writeUInt32BE(30000, 20)
  out.writeUInt32BE(crc32(out.subarray(12, 29)), 29)
  return out
}

/** Left half red, right half blue. */
function splitImage(width: number, height: number) {
  const half = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3
      if (x < width / 2) half[i] = 220
      else half[i + 2] = 220
    }
  return sharp(half, { raw: { width, height, channels: 3 } })
}

/** A camera-like JPEG: rotated by EXIF, with GPS, a capture date and a wide-gamut profile. */
async function cameraJpeg(width: number, height: number): Promise<Buffer> {
  return splitImage(width, height)
    .withIccProfile('p3')
    .withExif({
      IFD0: { Make: 'Máy ảnh thử', Copyright: 'Ban Dân vận' },
      IFD2: { DateTimeOriginal: '2024:06:21 09:30:00' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 1/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 51/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 90 })
    .toBuffer()
}

describe('photo pipeline', () => {
  let payload: Payload
  let unit: number | string
  let otherUnit: number | string
  let contributor: User
  let token: string

  const upload = async (file: Buffer, name: string, type: string, data: Record<string, unknown> = {}, as = token) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(file)], { type }), name)
    form.append('_payload', JSON.stringify({ alt: 'Quang cảnh hội nghị', caption: 'Hội nghị', unit, ...data }))
    return rest('POST', '/media', { token: as, form })
  }

  beforeAll(async () => {
    payload = await testPayload()
    unit = (await unitNamed(payload, 'Ban Dân vận Thành ủy Hà Nội')).id
    otherUnit = (await unitNamed(payload, 'Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng')).id
    contributor = await makeUser(payload, ['contributor'], [unit, otherUnit])
    token = await loginToken(contributor.email)
  })

  afterEach(() => {
    delete process.env.MAX_UPLOAD_MB
  })

  it('stores an upright, bounded, metadata-free original and every size in WebP and JPEG', async () => {
    const res = await upload(await cameraJpeg(600, 400), 'hoi-nghi.jpg', 'image/jpeg')
    expect(res.status).toBe(201)
    const doc = res.body.doc
    // EXIF orientation 6 turns 600×400 upright to 400×600
    expect([doc.width, doc.height, doc.mimeType]).toEqual([400, 600, 'image/jpeg'])
    expect(doc.takenAt).toBe('2024-06-21T02:30:00.000Z')
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/)
    const expected: Record<string, [number, number]> = { thumbnail: [320, 480], card: [400, 600], hero: [400, 600], social: [1200, 630] }
    for (const [size, [w, h]] of Object.entries(expected))
      for (const role of ['webp', 'fallback']) {
        const v = doc.variants[size][role]
        expect([size, role, v.width, v.height, v.mimeType]).toEqual([size, role, w, h, role === 'webp' ? 'image/webp' : 'image/jpeg'])
        const meta = await sharp(path.join(dir(), v.filename)).metadata()
        expect([meta.width, meta.height, meta.exif, meta.icc, meta.xmp]).toEqual([w, h, undefined, undefined, undefined])
      }
    const original = await sharp(path.join(dir(), doc.filename)).metadata()
    expect([original.width, original.height, original.exif, original.icc, original.orientation ?? 1]).toEqual([400, 600, undefined, undefined, 1])
    // the variants are served by the same route as the original (to the unit's staff: the
    // photo is used by nothing published yet, tests/int/mediaPrivacy.test.ts)
    const served = await rest('GET', `/media/file/${doc.variants.card.webp.filename}`, { token })
    expect(served.status).toBe(200)
  })

  it('bounds the stored original to 4096 px on its long side', async () => {
    const big = await sharp({ create: { width: 5000, height: 2000, channels: 3, background: '#336699' } }).jpeg().toBuffer()
    const res = await upload(big, 'toan-canh.jpg', 'image/jpeg')
    expect(res.status).toBe(201)
    expect([res.body.doc.width, res.body.doc.height]).toEqual([4096, 1638])
    expect(res.body.doc.variants.hero.webp.width).toBe(1600)
  })

  it('crops the social image around the focal point, and redoes it when the point moves', async () => {
    const photo = await splitImage(800, 300).jpeg().toBuffer()
    const res = await upload(photo, 'tieu-diem.jpg', 'image/jpeg', { focalX: 5, focalY: 50 })
    expect(res.status).toBe(201)
    const social = () => path.join(dir(), res.body.doc.variants.social.webp.filename)
    // read the bytes each time: sharp caches what it read from a path
    const dominant = async () => (await sharp(fs.readFileSync(social())).stats()).dominant
    expect((await dominant()).r).toBeGreaterThan(150)
    const moved = await rest('PATCH', `/media/${res.body.doc.id}`, { token, json: { focalX: 95, focalY: 50 } })
    expect(moved.status).toBe(200)
    const after = await dominant()
    expect([after.r < 100, after.b > 150]).toEqual([true, true])
    // the admin sends the point in its `uploadEdits` query instead
    const back = await rest('PATCH', `/media/${res.body.doc.id}?uploadEdits[focalPoint][x]=5&uploadEdits[focalPoint][y]=50`, { token, json: {} })
    expect([back.status, back.body.doc?.focalX, back.body.doc?.filename]).toEqual([200, 5, res.body.doc.filename])
    expect((await dominant()).r).toBeGreaterThan(150)
  })

  it('makes again at start the sizes a crash left missing, the social crop on the photo’s focal point', async () => {
    const res = await upload(await splitImage(820, 310).jpeg().toBuffer(), 'mat-co-anh.jpg', 'image/jpeg', { focalX: 95, focalY: 50 })
    expect(res.status).toBe(201)
    const social = path.join(dir(), res.body.doc.variants.social.webp.filename)
    const card = path.join(dir(), res.body.doc.variants.card.webp.filename)
    fs.rmSync(social)
    fs.rmSync(card)
    // as if the process that stored it had died: this one's claim on the photo goes (a live claim keeps recovery off its files)
    const claims = path.join(process.env.MEDIA_DIR!, 'uploads-in-progress')
    const stem = res.body.doc.filename.replace(/\.[^.]*$/, '')
    for (const file of fs.readdirSync(claims)) {
      const lines = fs.readFileSync(path.join(claims, file), 'utf8').split('\n')
      fs.writeFileSync(path.join(claims, file), lines.filter((line) => line !== stem).join('\n'))
    }
    const { recoverUploads } = await import('../../collections/Media/recoverUploads')
    const plan = await recoverUploads(payload)
    expect(plan.regenerate.map((r) => r.id)).toContain(res.body.doc.id)
    expect([fs.existsSync(social), fs.existsSync(card)]).toEqual([true, true])
    // cropped on the right: the blue half
    const dominant = (await sharp(fs.readFileSync(social)).stats()).dominant
    expect([dominant.r < 100, dominant.b > 150]).toEqual([true, true])
  })

  it('links a second upload of the same photo in a unit to the first instead of storing it again', async () => {
    const photo = await cameraJpeg(300, 200)
    const first = await upload(photo, 'lan-mot.jpg', 'image/jpeg')
    expect(first.status).toBe(201)
    const before = listing()
    const again = await upload(photo, 'lan-hai.jpg', 'image/jpeg')
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toContain(`mã ${first.body.doc.id}`)
    expect(again.body.errors[0].data.existing.id).toBe(first.body.doc.id)
    expect(listing()).toEqual(before)
    const otherUnitCopy = await upload(photo, 'don-vi-khac.jpg', 'image/jpeg', { unit: otherUnit })
    expect(otherUnitCopy.status).toBe(201)
  })

  describe('bad input: a clear error and nothing left behind', () => {
    const cases: [string, () => Promise<{ file: Buffer; name: string; type: string }>, number, RegExp][] = [
      ['text disguised as a JPEG', async () => ({ file: Buffer.from('Đây không phải là ảnh '.repeat(50)), name: 'anh.jpg', type: 'image/jpeg' }), 400, /không phải là ảnh/],
      ['a truncated JPEG', async () => { const j = await cameraJpeg(400, 300); return { file: j.subarray(0, Math.floor(j.length * 0.6)), name: 'dut.jpg', type: 'image/jpeg' } }, 400, /bị hỏng|không trọn vẹn/],
      ['a decompression bomb', async () => ({ file: await pngBomb(), name: 'bom.png', type: 'image/png' }), 400, /quá lớn \(30000×30000/],
      ['an empty file', async () => ({ file: Buffer.alloc(0), name: 'rong.jpg', type: 'image/jpeg' }), 400, /rỗng/],
      ['an SVG', async () => ({ file: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), name: 'logo.svg', type: 'image/svg+xml' }), 400, /SVG/],
      ['an SVG named as PNG', async () => ({ file: Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'), name: 'logo.png', type: 'image/png' }), 400, /SVG/],
      ['an animated WebP', async () => {
        const frame = (c: string) => sharp({ create: { width: 16, height: 16, channels: 3, background: c } }).png().toBuffer()
        const file = await sharp([await frame('#ff0000'), await frame('#0000ff')], { join: { animated: true } }).webp().toBuffer()
        return { file, name: 'dong.webp', type: 'image/webp' }
      }, 400, /Ảnh động/],
    ]
    for (const [label, make, status, message] of cases)
      it(`refuses ${label}`, async () => {
        const { file, name, type } = await make()
        const before = { files: listing(), docs: (await payload.count({ collection: 'media' })).totalDocs }
        const res = await upload(file, name, type)
        expect([res.status, res.body.errors?.[0]?.message], JSON.stringify(res.body)).toEqual([status, expect.stringMatching(message)])
        expect({ files: listing(), docs: (await payload.count({ collection: 'media' })).totalDocs }).toEqual(before)
      })

    it('refuses a file over MAX_UPLOAD_MB with 413', async () => {
      process.env.MAX_UPLOAD_MB = '1'
      const noise = await sharp(Buffer.from(Array.from({ length: 900 * 900 * 3 }, () => Math.floor(Math.random() * 256))), { raw: { width: 900, height: 900, channels: 3 } }).jpeg({ quality: 100 }).toBuffer()
      expect(noise.length).toBeGreaterThan(1024 * 1024)
      const before = listing()
      const res = await upload(noise, 'nang.jpg', 'image/jpeg')
      expect([res.status, res.body.errors?.[0]?.message]).toEqual([413, 'Tệp lớn hơn 1 MB cho phép.'])
      expect(listing()).toEqual(before)
    })

    it('refuses a photo without alt text and keeps no file of it', async () => {
      const before = listing()
      const res = await upload(await cameraJpeg(200, 100), `khong-alt-${uniq()}.jpg`, 'image/jpeg', { alt: '' })
      expect(res.status).toBe(400)
      expect(listing()).toEqual(before)
    })
  })

  describe('a replacement or deletion cut off before it commits', () => {
    // a failure after the files were handled and before the commit: the transaction rolls back,
    // as a kill -9 at that moment would leave it (tests/int/crashSafety.test.ts does the kill)
    let cutOff: 'afterChange' | 'afterDelete' | null = null
    beforeAll(() => {
      const hooks = payload.collections.media.config.hooks
      hooks.afterChange.push(() => cutAt('afterChange'))
      hooks.afterDelete.push(() => cutAt('afterDelete'))
    })
    afterEach(() => {
      cutOff = null
    })
    const cutAt = (hook: 'afterChange' | 'afterDelete') => {
      if (cutOff !== hook) return
      cutOff = null
      throw new Error('cắt ngang trước khi ghi xong')
    }
    const filesOf = (doc: { filename?: string | null; variants?: unknown }) => [doc.filename!, ...filenamesOf(doc.variants as VariantMap)]
    const stored = async (id: number | string) => {
      const doc = await payload.findByID({ collection: 'media', id, depth: 0, disableErrors: true })
      return doc ? { filename: doc.filename, missing: filesOf(doc).filter((f) => !listing().includes(f)) } : null
    }

    it('keeps the old photo whole when its replacement fails, and leaves nothing of the new one', async () => {
      const res = await upload(await cameraJpeg(302, 202), 'thay-the.jpg', 'image/jpeg')
      const before = listing()
      cutOff = 'afterChange'
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(await cameraJpeg(322, 202))], { type: 'image/jpeg' }), 'anh-moi.jpg')
      form.append('_payload', JSON.stringify({ alt: 'Ảnh thay thế' }))
      expect((await rest('PATCH', `/media/${res.body.doc.id}`, { token, form })).status).toBe(500)
      expect(await stored(res.body.doc.id)).toEqual({ filename: res.body.doc.filename, missing: [] })
      expect(listing()).toEqual(before)
    })

    it('keeps the photo and all its files when its deletion fails', async () => {
      const res = await upload(await cameraJpeg(262, 202), 'khong-xoa-duoc.jpg', 'image/jpeg')
      const before = listing()
      cutOff = 'afterDelete'
      expect((await rest('DELETE', `/media/${res.body.doc.id}`, { token })).status).toBe(500)
      expect(await stored(res.body.doc.id)).toEqual({ filename: res.body.doc.filename, missing: [] })
      expect(listing()).toEqual(before)
    })

    it('removes the old files once a replacement is stored', async () => {
      const res = await upload(await cameraJpeg(282, 202), 'ban-cu.jpg', 'image/jpeg')
      const old = filesOf(res.body.doc)
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(await cameraJpeg(342, 202))], { type: 'image/jpeg' }), 'ban-moi.jpg')
      form.append('_payload', JSON.stringify({ alt: 'Ảnh thay thế' }))
      const replaced = await rest('PATCH', `/media/${res.body.doc.id}`, { token, form })
      expect(replaced.status).toBe(200)
      expect(await stored(res.body.doc.id)).toEqual({ filename: replaced.body.doc.filename, missing: [] })
      expect(old.filter((f) => listing().includes(f))).toEqual([])
    })
  })

  it('removes every size with the photo', async () => {
    const res = await upload(await cameraJpeg(250, 150), 'xoa.jpg', 'image/jpeg')
    const names = [res.body.doc.filename, ...Object.values(res.body.doc.variants as Record<string, Record<string, { filename: string }>>).flatMap((v) => Object.values(v).map((r) => r.filename))]
    expect(names.every((n) => listing().includes(n))).toBe(true)
    expect((await rest('DELETE', `/media/${res.body.doc.id}`, { token })).status).toBe(200)
    expect(names.filter((n) => listing().includes(n))).toEqual([])
  })
})
