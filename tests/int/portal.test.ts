/**
 * The portal functions of NĐ 42/2022/NĐ-CP on the Local API: boards' contacts and functions,
 * the footer's links to other portals (a global), the self-contained "Lưu bài" file and the
 * photo albums. The pages themselves, served and checked in Chromium: tests/e2e/site.test.ts.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Unit } from '../../src/payload-types'
import { makeUser, samplePhoto, testPayload, uniq, unitNamed } from './helpers'

// what the hooks ask to invalidate (outside Next the real call does nothing)
const invalidations = vi.hoisted(() => [] as { paths: string[]; tags: string[] }[])
vi.mock('../../src/invalidation/applyInvalidation', () => ({
  applyInvalidation: async (targets: { paths: string[]; tags: string[] }) => {
    if (targets.paths.length || targets.tags.length) invalidations.push(targets)
    return 'none'
  },
}))

const { getUnitDirectory, findUnitContact } = await import('../../src/site/contacts')
const { getPortalLinks } = await import('../../src/site/portalLinks')
const { getLatestGalleries } = await import('../../src/site/galleries')
const { getSiteMapSections } = await import('../../src/site/siteMapPage')
const { GET: downloadGET } = await import('../../src/app/(site)/bai-viet/[unit]/[slug]/luu/route')

type Id = number | string

/** The field errors a refused write gave (Payload's ValidationError), as path: message. */
async function fieldErrors(write: Promise<unknown>): Promise<string[]> {
  try {
    await write
  } catch (error) {
    return ((error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []).map((e) => `${e.path}: ${e.message}`)
  }
  return []
}

describe('the portal functions', () => {
  let payload: Payload
  let unit: Unit & { slug: string }
  const tag = `p${uniq()}`

  beforeAll(async () => {
    payload = await testPayload()
    const found = await unitNamed(payload, 'Ban Dân vận Thành ủy Hà Nội')
    unit = { ...found, slug: found.slug ?? '' }
  })

  afterAll(() => vi.restoreAllMocks())

  describe("boards' contacts and functions", () => {
    it('the seed boards carry an English name and their functions, and no invented address', async () => {
      const haNoi = await findUnitContact(unit.slug)
      expect(haNoi?.nameEn).toBe('Mass Mobilisation Commission of the Hà Nội City Party Committee')
      expect(haNoi?.contact.functions.map((f) => f.vi)).toContain('Cơ quan thường trực của Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở.')
      expect(haNoi?.contact.functions.every((f) => f.en)).toBe(true)
      expect([haNoi?.contact.address, haNoi?.contact.phone, haNoi?.contact.email]).toEqual([null, null, null])
      const merged = (await getUnitDirectory()).find((u) => u.name === 'Ban Tuyên giáo và Dân vận Trung ương')
      expect(merged?.contact.functions[0].vi).toMatch(/^Tham mưu cho Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư về công tác tuyên giáo/)
      const ended = (await getUnitDirectory()).find((u) => u.name === 'Ban Dân vận Tỉnh ủy Hải Dương')
      expect(ended?.successor?.name).toBe('Ban Tuyên giáo và Dân vận Tỉnh ủy Hải Dương')
    })

    it('stores an address, phone, e-mail and functions in NFC, and the pages read them trimmed', async () => {
      const nfd = 'Số 5 phố Lê Lai, Hoàn Kiếm, Hà Nội'.normalize('NFD')
      await payload.update({
        collection: 'units',
        id: unit.id,
        data: {
          address: nfd,
          phone: '(024) 3825 3127 / 3825 3128',
          email: 'bandanvan@hanoi.example.vn',
          functions: [{ description: ' Tham mưu  Thành ủy '.normalize('NFD'), descriptionEn: 'Advises the City Party Committee' }],
        },
      })
      const stored = await payload.findByID({ collection: 'units', id: unit.id, depth: 0 })
      expect(stored.address).toBe('Số 5 phố Lê Lai, Hoàn Kiếm, Hà Nội'.normalize('NFC'))
      const entry = await findUnitContact(unit.slug)
      expect(entry?.contact).toEqual({
        address: 'Số 5 phố Lê Lai, Hoàn Kiếm, Hà Nội',
        phone: { text: '(024) 3825 3127 / 3825 3128', href: 'tel:02438253127' },
        email: { text: 'bandanvan@hanoi.example.vn', href: 'mailto:bandanvan@hanoi.example.vn' },
        functions: [{ vi: 'Tham mưu Thành ủy', en: 'Advises the City Party Committee' }],
      })
      expect(entry?.contactUrl).toBe(`/lien-he/${unit.slug}`)
      // a unit's change reaches every page that shows units
      expect(invalidations.some((i) => i.tags.includes('units'))).toBe(true)
    })

    it('refuses a phone that is not one and an e-mail that is not one, in Vietnamese, storing nothing', async () => {
      expect(await fieldErrors(payload.update({ collection: 'units', id: unit.id, data: { phone: 'gọi tổng đài' } }))).toEqual([
        expect.stringMatching(/^phone: Số điện thoại chỉ gồm chữ số/),
      ])
      expect(await fieldErrors(payload.update({ collection: 'units', id: unit.id, data: { email: 'khong-phai-email' } }))).toEqual([expect.stringMatching(/^email: /)])
      expect((await payload.findByID({ collection: 'units', id: unit.id, depth: 0 })).phone).toBe('(024) 3825 3127 / 3825 3128')
    })

    it('the site map lists the boards with their contact pages', async () => {
      const sections = await getSiteMapSections()
      const boards = sections.find((s) => s.id === 'don-vi')!
      const haNoi = boards.links.find((l) => l.name === unit.name)
      expect(haNoi?.children).toEqual([{ name: 'Liên hệ', url: `/lien-he/${unit.slug}` }])
      expect(sections[0].links.map((l) => l.url)).toEqual(expect.arrayContaining(['/en', '/lien-he', '/thu-vien-anh', '/sitemap.xml']))
    })
  })

  describe('"Liên kết cổng thông tin"', () => {
    it('starts with real portals, which anyone reads', async () => {
      const links = await getPortalLinks()
      expect(links[0]).toEqual({ name: 'Cổng thông tin điện tử Chính phủ', url: 'https://chinhphu.vn' })
      expect(links.length).toBeGreaterThanOrEqual(4)
      const anonymous = await payload.findGlobal({ slug: 'portal-links', overrideAccess: false })
      expect(anonymous.links?.length).toBe(links.length)
    })

    it('only system administrators change it; addresses must be http(s); a save invalidates every page', async () => {
      const editor = await makeUser(payload, ['editor'], [unit.id])
      await expect(payload.updateGlobal({ slug: 'portal-links', data: { links: [] }, overrideAccess: false, user: editor })).rejects.toThrow()
      const admin = (await payload.find({ collection: 'users', where: { email: { equals: process.env.ADMIN_EMAIL } }, limit: 1 })).docs[0]
      expect(
        await fieldErrors(payload.updateGlobal({ slug: 'portal-links', data: { links: [{ name: 'Lạ', url: 'javascript:alert(1)' }] }, overrideAccess: false, user: admin })),
      ).toEqual(['links.0.url: Địa chỉ phải bắt đầu bằng https:// hoặc http:// và có tên miền, ví dụ https://chinhphu.vn.'])
      invalidations.length = 0
      const name = 'Cổng thông tin điện tử Quốc hội'.normalize('NFD')
      await payload.updateGlobal({ slug: 'portal-links', data: { links: [{ name, url: 'https://quochoi.vn' }] }, overrideAccess: false, user: admin })
      expect(await getPortalLinks()).toEqual([{ name: 'Cổng thông tin điện tử Quốc hội', url: 'https://quochoi.vn' }])
      expect(invalidations).toEqual([{ tags: ['portal-links'], paths: [] }])
    })
  })

  describe('"Lưu bài" and the albums', () => {
    let report: { id: Id; slug: string }
    let photos: { id: Id }[]

    beforeAll(async () => {
      photos = []
      for (const [i, credit] of ['Minh Khang', null].entries()) {
        const bytes = await samplePhoto(1000, 700)
        photos.push(
          await payload.create({
            collection: 'media',
            data: { alt: `Ảnh ${i + 1} ${tag}`, caption: `Chú thích ảnh ${i + 1}`, credit, unit: unit.id },
            file: { data: bytes, mimetype: 'image/jpeg', name: `album-${tag}-${i}.jpg`, size: bytes.length },
          }),
        )
      }
      const upload = { type: 'upload', version: 3, format: '', relationTo: 'media', value: photos[1].id, fields: null }
      const text = (t: string) => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
      report = (await payload.create({
        collection: 'reports',
        data: {
          title: `Hội nghị có album ảnh ${tag}`,
          unit: unit.id,
          lead: 'Sapo của tin có ảnh.',
          source: 'Trung tâm VHTT và Truyền thông thành phố',
          byline: 'Minh Khang',
          publishedAt: '2024-07-24T09:42:00.000Z',
          featuredImage: photos[0].id,
          gallery: [
            { photo: photos[0].id, caption: 'Quang cảnh hội nghị' },
            { photo: photos[1].id, caption: 'Đại biểu phát biểu' },
          ],
          body: {
            root: {
              type: 'root',
              direction: null,
              format: '',
              indent: 0,
              version: 1,
              children: [{ type: 'paragraph', direction: null, format: '', indent: 0, version: 1, textFormat: 0, children: [text('Nội dung bài.')] }, upload],
            },
          },
          _status: 'published',
          workflowState: 'published',
        } as never,
      })) as never
      await payload.create({ collection: 'reports', data: { title: `Bản nháp có ảnh ${tag}`, unit: unit.id, gallery: [{ photo: photos[0].id }] } as never, draft: true })
    })

    it('saves one file that opens offline: photos inside it at card size, captions, credits, the source URL and the date saved', async () => {
      const response = await downloadGET(new Request('http://localhost/x'), { params: Promise.resolve({ unit: unit.slug, slug: report.slug }) })
      expect(response.status).toBe(200)
      const html = await response.text()
      const sources = [...html.matchAll(/<img[^>]*\ssrc="([^"]*)"/g)].map((m) => m[1])
      // the featured photo, two in the gallery and one in the body
      expect(sources).toHaveLength(4)
      for (const src of sources) expect(src).toMatch(/^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/]+=*$/)
      expect(html).not.toMatch(/\ssrc="https?:/)
      expect(html).not.toMatch(/url\(\s*['"]?https?:/)
      // the card size (768 wide), not the original or the hero
      const { default: sharp } = await import('sharp')
      const first = Buffer.from(sources[0].split(',')[1], 'base64')
      expect((await sharp(first).metadata()).width).toBe(768)
      expect(html).toContain('<figcaption>Quang cảnh hội nghị <span class="credit">Ảnh: Minh Khang</span></figcaption>')
      expect(html).toContain('<figcaption>Đại biểu phát biểu</figcaption>')
      expect(html).toContain('Nguồn: Trung tâm VHTT và Truyền thông thành phố')
      expect(html).toContain(`Lưu từ <a href="http://localhost:3000/bai-viet/${unit.slug}/${report.slug}">`)
      expect(html).toMatch(/ ngày \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\.<\/p>/)
    })

    it('"Thư viện ảnh" lists published reports\' galleries with their public photos only; the album is the report\'s gallery', async () => {
      const card = (await getLatestGalleries()).find((g) => g.title === `Hội nghị có album ảnh ${tag}`)
      expect(card).toMatchObject({ count: 2, url: `/bai-viet/${unit.slug}/${report.slug}/anh`, reportUrl: `/bai-viet/${unit.slug}/${report.slug}` })
      expect(card?.cover.alt).toBe(`Ảnh 1 ${tag}`)
      expect((await getLatestGalleries()).map((g) => g.title)).not.toContain(`Bản nháp có ảnh ${tag}`)
      // a photo that is not public (forced here past the hooks that would make it so) is not shown nor counted
      await payload.db.updateOne({ collection: 'media', id: photos[1].id, data: { public: false } })
      const hidden = (await getLatestGalleries()).find((g) => g.title === `Hội nghị có album ảnh ${tag}`)
      expect(hidden?.count).toBe(1)
      await payload.db.updateOne({ collection: 'media', id: photos[1].id, data: { public: true } })
    })
  })
})
