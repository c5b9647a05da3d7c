/**
 * Who sees a photo (issue 13, part 3): a photo is public once a published report, an official
 * or a model uses it, or an editor marks it public; until then only its unit's staff read it
 * and its files. Stored names carry a random part, so a file cannot be guessed from the name
 * it was uploaded under.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { Media, User } from '../../src/payload-types'
import { graphql, loginToken, makeUser, openUnit, rest, samplePhoto, testPayload, uniq, unitNamed } from './helpers'

// Record what the hooks ask to revalidate (outside Next the real call does nothing).
const revalidations = vi.hoisted(() => [] as { paths: string[]; tags: string[] }[])
vi.mock('../../src/invalidation/applyInvalidation', () => ({
  applyInvalidation: async (targets: { paths: string[]; tags: string[] }) => {
    if (targets.paths.length || targets.tags.length) revalidations.push(targets)
    return 'none'
  },
}))

const { transitionReport } = await import('../../collections/Reports/workflow/transitionReport')

type Id = number | string
type Photo = Omit<Media, 'variants'> & { variants: Record<string, Record<string, { filename: string }>> }

/** The original and every size of a photo, as the file route names them. */
const filesOf = (photo: Photo) => [photo.filename!, ...Object.values(photo.variants).flatMap((v) => Object.values(v).map((r) => r.filename))]

const lexicalWithUpload = (mediaId: Id) => ({
  root: {
    type: 'root',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: null,
        format: '',
        indent: 0,
        version: 1,
        textFormat: 0,
        children: [{ type: 'text', text: 'Quang cảnh hội nghị.', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      },
      { type: 'upload', version: 3, format: '', id: 'a1b2c3', fields: null, relationTo: 'media', value: mediaId },
    ],
  },
})

describe('who sees a photo', () => {
  let payload: Payload
  let unit: Id
  let otherUnit: Id
  let categoryId: Id
  const users = {} as Record<'contributor' | 'editor' | 'approver' | 'outsider', User>
  const tokens = {} as Record<keyof typeof users, string>

  const upload = async (name = `Hội nghị ${uniq()}.jpg`, as: keyof typeof users = 'contributor'): Promise<Photo> => {
    const form = new FormData()
    const bytes = await samplePhoto(400, 300)
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), name)
    form.append('_payload', JSON.stringify({ alt: `Mô tả ${name}`, caption: `Chú thích ${name}`, unit }))
    const res = await rest('POST', '/media', { token: tokens[as], form })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body.doc
  }

  /** A draft ready to publish, by the unit's contributor, waiting for approval. */
  const draftReport = async (data: Record<string, unknown>) => {
    const doc = await payload.create({
      collection: 'reports',
      data: { title: `Hội nghị sơ kết ${uniq()}`, lead: 'Sáng 24/7, Ban Dân vận tổ chức hội nghị.', unit, category: categoryId, ...data } as never,
      draft: true,
      user: users.contributor,
      overrideAccess: true,
    })
    await payload.update({ collection: 'reports', id: doc.id, data: { workflowState: 'inApproval' } as never, draft: true, overrideAccess: true })
    return doc.id
  }
  const publish = (id: Id) => transitionReport(payload, { id, action: 'publish', user: users.approver })
  const unpublish = (id: Id) => transitionReport(payload, { id, action: 'unpublish', user: users.approver })

  /** What an anonymous reader (or a token's holder) gets of the photo: listed, read, and each file's status. */
  async function seen(photo: Photo, token?: string) {
    const list = await rest('GET', '/media?limit=100&depth=0', { token })
    const byId = await rest('GET', `/media/${photo.id}?depth=0`, { token })
    const gql = await graphql(
      `
        {
          allMedia(limit: 100) {
            docs {
              id
              alt
              caption
            }
          }
        }
      `,
      token,
    )
    const files = await Promise.all(filesOf(photo).map((name) => rest('GET', `/media/file/${name}`, { token })))
    return {
      listed: list.body.docs.some((d: Media) => String(d.id) === String(photo.id)),
      altInList: JSON.stringify(list.body).includes(photo.alt),
      read: byId.status,
      graphql: (gql.body.data?.allMedia?.docs ?? []).some((d: Media) => String(d.id) === String(photo.id)),
      files: [...new Set(files.map((f) => f.status))],
      cacheControl: [...new Set(files.map((f) => f.headers.get('cache-control')))],
    }
  }
  const PRIVATE = { listed: false, altInList: false, read: 404, graphql: false, files: [404] }
  const VISIBLE = { listed: true, altInList: true, read: 200, graphql: true, files: [200] }
  const isPublic = async (photo: Photo) => Boolean((await payload.findByID({ collection: 'media', id: photo.id, depth: 0, overrideAccess: true })).public)

  beforeAll(async () => {
    payload = await testPayload()
    unit = (await unitNamed(payload, 'Ban Dân vận Thành ủy Hà Nội')).id
    otherUnit = (await openUnit(payload)).id
    categoryId = (await payload.find({ collection: 'categories', limit: 1 })).docs[0].id
    for (const role of ['contributor', 'editor', 'approver'] as const) {
      users[role] = await makeUser(payload, [role], [unit])
      tokens[role] = await loginToken(users[role].email)
    }
    users.outsider = await makeUser(payload, ['editor'], [otherUnit])
    tokens.outsider = await loginToken(users.outsider.email)
  })

  it("keeps a draft's photo to its unit's staff: not listed, not read, no file or size to anyone else", async () => {
    const photo = await upload()
    await draftReport({ featuredImage: photo.id, gallery: [{ photo: photo.id, caption: 'Quang cảnh' }] })
    expect(await seen(photo)).toMatchObject(PRIVATE)
    expect(await seen(photo, tokens.outsider)).toMatchObject(PRIVATE)
    for (const role of ['contributor', 'editor', 'approver'] as const) {
      const staff = await seen(photo, tokens[role])
      expect(staff, role).toMatchObject(VISIBLE)
      // never kept by a shared cache, nor by the browser
      expect(staff.cacheControl).toEqual(['private, no-store'])
    }
  })

  it('makes the photo public when its report is published, and private again when it is taken down', async () => {
    const featured = await upload()
    const inGallery = await upload()
    const inBody = await upload()
    const id = await draftReport({ featuredImage: featured.id, gallery: [{ photo: inGallery.id, caption: 'Quang cảnh' }], body: lexicalWithUpload(inBody.id) })
    for (const photo of [featured, inGallery, inBody]) expect(await seen(photo)).toMatchObject(PRIVATE)

    await publish(id)
    for (const photo of [featured, inGallery, inBody]) {
      const anonymous = await seen(photo)
      expect(anonymous).toMatchObject(VISIBLE)
      expect(anonymous.cacheControl[0]).toMatch(/^public, max-age=\d+$/)
    }
    // a reader's browser asking again once its copy is old is told it still has the photo
    const fileUrl = `/media/file/${featured.filename}`
    const etag = (await rest('GET', fileUrl)).headers.get('etag')!
    expect((await rest('GET', fileUrl, { headers: { 'If-None-Match': etag } })).status).toBe(304)

    revalidations.length = 0
    await unpublish(id)
    for (const photo of [featured, inGallery, inBody]) expect(await seen(photo)).toMatchObject(PRIVATE)
    // and once it is private, that browser learns nothing of it, nor does a range
    expect((await rest('GET', fileUrl, { headers: { 'If-None-Match': etag } })).status).toBe(404)
    expect((await rest('GET', fileUrl, { headers: { Range: 'bytes=0-9' } })).status).toBe(404)
    // every cached page that may have shown one of them goes (the page cache is emptied with them)
    expect(revalidations.flatMap((r) => r.tags)).toContain('media')
    expect(await seen(featured, tokens.editor)).toMatchObject(VISIBLE)
  })

  it('follows the live version: a draft edit leaves it public, publishing the edit that drops it makes it private', async () => {
    const kept = await upload()
    const dropped = await upload()
    const id = await draftReport({ featuredImage: kept.id, gallery: [{ photo: dropped.id, caption: 'Quang cảnh' }] })
    await publish(id)
    expect([await isPublic(kept), await isPublic(dropped)]).toEqual([true, true])
    // an edit pending beside the live report: readers still see the live one, with the photo
    await payload.update({ collection: 'reports', id, data: { gallery: [], workflowState: 'inApproval' } as never, draft: true, overrideAccess: true })
    expect([await isPublic(kept), await isPublic(dropped)]).toEqual([true, true])
    await publish(id)
    expect([await isPublic(kept), await isPublic(dropped)]).toEqual([true, false])
    expect(await seen(dropped)).toMatchObject(PRIVATE)
  })

  it('keeps a photo public while one published report uses it, whatever a draft does with it', async () => {
    const shared = await upload()
    const live = await draftReport({ featuredImage: shared.id })
    await publish(live)
    const draft = await draftReport({ featuredImage: shared.id })
    expect(await isPublic(shared)).toBe(true)
    await payload.update({ collection: 'reports', id: draft, data: { featuredImage: null } as never, draft: true, overrideAccess: true })
    await payload.delete({ collection: 'reports', id: draft, overrideAccess: true })
    expect(await isPublic(shared)).toBe(true)
    // a second published report keeps it public when the first is taken down
    const second = await draftReport({ featuredImage: (await upload()).id, gallery: [{ photo: shared.id, caption: 'Quang cảnh' }] })
    await publish(second)
    await unpublish(live)
    expect(await isPublic(shared)).toBe(true)
    await unpublish(second)
    expect(await isPublic(shared)).toBe(false)
  })

  it("makes an official's portrait and a model's photos public, and private again when they let go of them", async () => {
    const portrait = await upload()
    expect(await seen(portrait)).toMatchObject(PRIVATE)
    const official = await payload.create({ collection: 'officials', data: { fullName: `Nguyễn Văn ${uniq()}`, portrait: portrait.id } as never })
    expect(await seen(portrait)).toMatchObject(VISIBLE)
    await payload.update({ collection: 'officials', id: official.id, data: { portrait: null } as never })
    expect(await isPublic(portrait)).toBe(false)

    const modelPhoto = await upload()
    const model = await payload.create({ collection: 'models', data: { name: `Dòng họ học tập ${uniq()}`, field: 'culture-society', unit, photos: [modelPhoto.id] } as never })
    expect(await seen(modelPhoto)).toMatchObject(VISIBLE)
    await payload.delete({ collection: 'models', id: model.id })
    expect(await isPublic(modelPhoto)).toBe(false)
  })

  it('lets an editor mark a photo public; a contributor cannot, and nobody sets "public" itself', async () => {
    const photo = await upload()
    const asContributor = await rest('PATCH', `/media/${photo.id}`, { token: tokens.contributor, json: { markedPublic: true, public: true } })
    expect(asContributor.status).toBe(200)
    expect([asContributor.body.doc.markedPublic ?? false, asContributor.body.doc.public]).toEqual([false, false])
    expect(await seen(photo)).toMatchObject(PRIVATE)
    const forced = await rest('PATCH', `/media/${photo.id}`, { token: tokens.editor, json: { public: true } })
    expect(forced.body.doc.public).toBe(false)

    const marked = await rest('PATCH', `/media/${photo.id}`, { token: tokens.editor, json: { markedPublic: true } })
    expect([marked.status, marked.body.doc.markedPublic, marked.body.doc.public]).toEqual([200, true, true])
    expect(await seen(photo)).toMatchObject(VISIBLE)
    revalidations.length = 0
    const unmarked = await rest('PATCH', `/media/${photo.id}`, { token: tokens.editor, json: { markedPublic: false } })
    expect(unmarked.body.doc.public).toBe(false)
    expect(await seen(photo)).toMatchObject(PRIVATE)
    expect(revalidations.flatMap((r) => r.tags)).toContain('media')
  })

  it('stores files under a name with a random part, not the uploaded name; sizes carry it too', async () => {
    const a = await upload('Ảnh hội nghị.JPG')
    const b = await upload('Ảnh hội nghị.JPG')
    for (const photo of [a, b]) {
      expect(photo.filename).toMatch(/^anh-hoi-nghi-[0-9a-f]{16}\.jpg$/)
      const stem = photo.filename!.replace(/\.jpg$/, '')
      expect(filesOf(photo).every((name) => name.startsWith(stem))).toBe(true)
    }
    expect(a.filename).not.toBe(b.filename)
    // the uploaded name (or the old naming) finds nothing, even for the unit's staff
    for (const name of ['Ảnh hội nghị.JPG', 'anh-hoi-nghi.jpg', 'anh-hoi-nghi-card.webp']) {
      expect((await rest('GET', `/media/file/${encodeURIComponent(name)}`, { token: tokens.editor })).status, name).toBe(404)
    }
  })

  it("keeps no copy in Next's image optimizer: it is off, the site serves the pipeline's sizes", async () => {
    // its cache would go on serving a photo for hours after its report was taken down
    const nextConfig = (await import('../../next.config')).default
    expect(nextConfig.images).toMatchObject({ unoptimized: true })
    expect(nextConfig.images?.localPatterns ?? []).toEqual([])
  })

  it('sets existing photos and their users right at start-up (photos stored before the flag)', async () => {
    const { refreshAllPhotoPublicity } = await import('../../src/data/photoPublicity')
    const used = await upload()
    const unused = await upload()
    const id = await draftReport({ featuredImage: used.id })
    await publish(id)
    // as a database from before: no flag on the photos, no record of what the report uses
    for (const photo of [used, unused]) await payload.db.updateOne({ collection: 'media', id: photo.id, data: { public: null } })
    await payload.db.updateOne({ collection: 'reports', id, data: { photosUsed: [] } })
    const before = await payload.findByID({ collection: 'reports', id, depth: 0, overrideAccess: true, showHiddenFields: true })
    await refreshAllPhotoPublicity(payload)
    expect([await isPublic(used), await isPublic(unused)]).toEqual([true, false])
    const after = await payload.findByID({ collection: 'reports', id, depth: 0, overrideAccess: true, showHiddenFields: true })
    // nothing else of the report moved
    expect({ ...after, photosUsed: undefined, updatedAt: undefined }).toEqual({ ...before, photosUsed: undefined, updatedAt: undefined })
    expect((after.photosUsed ?? []).map(String)).toEqual([String(used.id)])
  })
})
