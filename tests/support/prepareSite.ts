/**
 * Prepares a SQLite file for a production server of the public site (tests/e2e/site.test.ts,
 * bench/site.bench.ts). Under NODE_ENV=production Payload does not create the schema, so this
 * runs Payload in development mode on the same DATABASE_URI (and MEDIA_DIR): the schema is
 * pushed, the first start seeds units, categories, the administrator and the five seed pages,
 * and the fixtures below are added. Prints one JSON line describing them, then exits.
 * PREPARE_FIXTURES=none stops after the seed data (the admin's browser tests).
 *
 *   DATABASE_URI=file:/tmp/x.db MEDIA_DIR=/tmp/media DATA_DIR=/tmp/data npx tsx tests/support/prepareSite.ts
 */
import '../../src/lib/cli/keepAlive'
import sharp from 'sharp'

;(process.env as Record<string, string>).NODE_ENV = 'development'
process.env.JOBS_AUTORUN = 'false'
process.env.LOG_LEVEL ||= 'warn'

// How far it got, on stderr, so a failure in CI says where; and a limit, so a stuck step fails
// with that message rather than at the test's own timeout.
let step = 'loading the config'
const reached = (next: string) => {
  process.stderr.write(`prepareSite: ${step}: done\n`)
  step = next
}
setTimeout(() => {
  console.error(`prepareSite: no progress for 240 s while ${step}`)
  process.exit(3)
}, 240_000).unref()

const { default: config } = await import('../../payload.config')
const { getPayload } = await import('payload')
const { reportPath, officialPath, unitPath } = await import('../../src/lib/site/urls')

reached('starting Payload (schema, seed data, seed pages)')
const payload = await getPayload({ config })
if (process.env.PREPARE_FIXTURES === 'none') {
  // the admin's browser tests: the schema and the first start's seed data only
  await payload.destroy()
  console.log('{}')
  process.exit(0)
}
reached('creating the fixtures')
type Id = number | string

const unitNamed = async (name: string) => (await payload.find({ collection: 'units', where: { name: { equals: name } }, limit: 1, depth: 0 })).docs[0] as { id: Id; slug: string; name: string }
const categoryNamed = async (name: string) => (await payload.find({ collection: 'categories', where: { name: { equals: name } }, limit: 1, depth: 0 })).docs[0] as { id: Id; slug: string }

/** A landscape photo drawn here (a gradient and a few shapes), as a phone would send it. */
async function photo(seed: number, width = 1600, height = 1067): Promise<Buffer> {
  const hue = (seed * 67) % 360
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,55%)"/><stop offset="1" stop-color="hsl(${(hue + 60) % 360},55%,30%)"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <rect x="${width * 0.1}" y="${height * 0.55}" width="${width * 0.8}" height="${height * 0.3}" fill="hsl(${hue},30%,20%)" opacity="0.7"/>
    <circle cx="${width * 0.3}" cy="${height * 0.35}" r="${height * 0.12}" fill="#ffd400" opacity="0.85"/>
    <circle cx="${width * 0.7}" cy="${height * 0.4}" r="${height * 0.1}" fill="#fff" opacity="0.6"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer()
}

const paragraphs = (...texts: string[]) => ({
  root: {
    type: 'root', direction: null, format: '', indent: 0, version: 1,
    children: texts.map((text) => ({ type: 'paragraph', direction: null, format: '', indent: 0, version: 1, textFormat: 0, children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] })),
  },
})

const haiDuong = await unitNamed('Ban Dân vận Tỉnh ủy Hải Dương')
const caMau = await unitNamed('Ban Dân vận Tỉnh ủy Cà Mau')
const category = await categoryNamed('Dân vận khéo')
const meetings = await categoryNamed('Hội nghị - Hội thảo')

const upload = async (seed: number, alt: string, caption: string, unit: Id) => {
  const bytes = await photo(seed)
  return payload.create({ collection: 'media', data: { alt, caption, credit: 'Huy Kiên', unit } as never, file: { data: bytes, mimetype: 'image/jpeg', name: `anh-${seed}.jpg`, size: bytes.length } })
}
const featured = await upload(1, 'Quang cảnh hội nghị sơ kết phong trào thi đua Dân vận khéo', 'Quang cảnh hội nghị sơ kết phong trào thi đua "Dân vận khéo"', haiDuong.id)
const gallery1 = await upload(2, 'Đồng chí Trần Đức Thắng phát biểu tại hội nghị', 'Đồng chí Trần Đức Thắng phát biểu chỉ đạo hội nghị', haiDuong.id)
const gallery2 = await upload(3, 'Trao bằng khen cho các tập thể điển hình', 'Trao bằng khen cho các tập thể có mô hình "Dân vận khéo" tiêu biểu', haiDuong.id)
const caMauPhoto = await upload(4, 'Cán bộ dân vận thăm hộ dân tại Cà Mau', 'Cán bộ dân vận thăm hỏi hộ dân', caMau.id)

const official = await payload.create({
  collection: 'officials',
  data: {
    fullName: 'Trần Đức Thắng',
    positions: [
      { title: 'Bí thư Tỉnh ủy Hải Dương', start: '2020-10-01', end: '2024-11-30' },
      { title: 'Ủy viên Trung ương Đảng', start: '2021-01-30' },
      { title: 'Bộ trưởng Bộ Nông nghiệp và Môi trường', start: '2025-03-01' },
    ],
  } as never,
})
const duplicate = await payload.create({ collection: 'officials', data: { fullName: 'Trần Đức Thắng', mergedInto: official.id } as never })
// the seed pages may already have brought some of these in: find them rather than duplicate
async function findOrCreate(collection: 'legal-documents' | 'campaigns' | 'models', where: Record<string, unknown>, data: Record<string, unknown>) {
  const found = (await payload.find({ collection, where: where as never, limit: 1, depth: 0 })).docs[0]
  return (found ?? (await payload.create({ collection, data: data as never }))) as { id: Id; slug?: string }
}
const decree = await findOrCreate('legal-documents', { numberKey: { equals: '4/2015/ND-CP' } }, { type: 'decree', number: '04/2015/NĐ-CP', issuingBody: 'Chính phủ', issuedDate: '2015-01-09', summary: 'Về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập' })
const campaign = await findOrCreate('campaigns', { name: { equals: 'Phong trào thi đua "Dân vận khéo"' } }, { name: 'Phong trào thi đua "Dân vận khéo"', kind: 'emulation', scope: 'national', start: '2009-01-01', issuingBody: 'Ban Dân vận Trung ương', legalDocuments: [decree.id], description: 'Phong trào thi đua "Dân vận khéo" được phát động rộng khắp trong cả hệ thống chính trị.' })
const modelNamed = async (data: Record<string, unknown>) => {
  const found = (await payload.find({ collection: 'models', where: { name: { equals: data.name } } as never, limit: 1, depth: 0 })).docs[0]
  return (found ? await payload.update({ collection: 'models', id: found.id, data: data as never }) : await payload.create({ collection: 'models', data: data as never })) as { id: Id; slug: string }
}
const model = await modelNamed({ name: 'Tổ Covid cộng đồng', field: 'culture-society', unit: haiDuong.id, locality: 'Phường Trần Phú, thành phố Hải Dương', campaign: campaign.id, yearRecognised: 2021, status: 'recognised', description: 'Mỗi khu dân cư thành lập tổ giám sát phòng, chống dịch.' })
await modelNamed({ name: 'Dòng họ học tập', field: 'culture-society', unit: haiDuong.id, campaign: campaign.id, yearRecognised: 2022 })
await modelNamed({ name: 'Vùng xanh an toàn', field: 'defence-security', unit: caMau.id, campaign: campaign.id, yearRecognised: 2021 })
await modelNamed({ name: 'Khu phố phấn đấu không còn thực phẩm không an toàn', field: 'economy', unit: haiDuong.id, yearRecognised: 2023 })

const live = {
  _status: 'published',
  workflowState: 'published',
  category: category.id,
} as const

const main = await payload.create({
  collection: 'reports',
  data: {
    ...live,
    title: 'Hải Dương: Sơ kết phong trào thi đua "Dân vận khéo" năm 2024',
    lead: 'Sáng 21/6, Ban Dân vận Tỉnh ủy Hải Dương tổ chức hội nghị sơ kết phong trào thi đua "Dân vận khéo" 6 tháng đầu năm 2024, biểu dương 126 mô hình tiêu biểu.',
    body: paragraphs(
      'Phát biểu chỉ đạo hội nghị, đồng chí Trần Đức Thắng ghi nhận những kết quả nổi bật của phong trào thi đua "Dân vận khéo" trên địa bàn tỉnh.',
      'Toàn tỉnh hiện có trên 2.000 mô hình "Dân vận khéo" trên các lĩnh vực kinh tế, văn hóa - xã hội, quốc phòng - an ninh và xây dựng hệ thống chính trị; nhiều mô hình được nhân rộng như "Tổ Covid cộng đồng", "Dòng họ học tập".',
      'Thực hiện Nghị định số 04/2015/NĐ-CP của Chính phủ, các cơ quan hành chính nhà nước đã tăng cường đối thoại với nhân dân, giải quyết kịp thời kiến nghị chính đáng của người dân.',
      'Hội nghị đề ra nhiệm vụ 6 tháng cuối năm: tiếp tục đẩy mạnh phong trào, gắn với thực hiện quy chế dân chủ ở cơ sở.',
    ),
    unit: haiDuong.id,
    publishedAt: '2024-06-21T03:30:00.000Z',
    byline: 'Nguyễn Thị Quyên (Ban Dân vận Tỉnh ủy)',
    source: 'Trung tâm VHTT và Truyền thông thành phố',
    featured: true,
    featuredImage: featured.id,
    gallery: [
      { photo: gallery1.id, caption: 'Đồng chí Trần Đức Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy phát biểu chỉ đạo hội nghị' },
      { photo: gallery2.id, caption: 'Trao bằng khen cho các tập thể có mô hình "Dân vận khéo" tiêu biểu' },
    ],
    officials: [duplicate.id],
    campaigns: [campaign.id],
    models: [model.id],
    legalDocuments: [decree.id],
  } as never,
})
const caMauReport = await payload.create({
  collection: 'reports',
  data: { ...live, category: meetings.id, title: 'Cà Mau: Nâng cao hiệu quả công tác dân vận chính quyền', lead: 'Ban Dân vận Tỉnh ủy Cà Mau tổ chức hội nghị chuyên đề về công tác dân vận chính quyền năm 2022.', body: paragraphs('Hội nghị đánh giá kết quả thực hiện công tác dân vận chính quyền.'), unit: caMau.id, publishedAt: '2022-01-13T07:23:00.000Z', byline: 'Huy Kiên', featuredImage: caMauPhoto.id } as never,
})
const toUnpublish = await payload.create({
  collection: 'reports',
  data: { ...live, title: 'Hải Dương: Tin sẽ được gỡ để kiểm tra bộ nhớ đệm', lead: 'Tin này được gỡ trong bài kiểm tra.', body: paragraphs('Nội dung tin sẽ được gỡ.'), unit: haiDuong.id, publishedAt: '2024-06-20T02:00:00.000Z', byline: 'Huy Kiên', featuredImage: featured.id } as never,
})
// Ready for an approver to publish (Chờ duyệt): every checklist item filled in.
const pending = await payload.create({
  collection: 'reports',
  data: { title: 'Hải Dương: Tin chờ duyệt được xuất bản trong bài kiểm tra', lead: 'Tin này được xuất bản trong bài kiểm tra.', body: paragraphs('Nội dung tin chờ duyệt.'), unit: haiDuong.id, category: category.id, publishedAt: '2024-06-22T02:00:00.000Z', byline: 'Huy Kiên', featuredImage: featured.id, workflowState: 'inApproval' } as never,
  draft: true,
})
const draft = await payload.create({
  collection: 'reports',
  data: { title: 'Hải Dương: Bản nháp chưa duyệt về dân vận khéo', lead: 'Bản nháp, bạn đọc không được thấy.', body: paragraphs('Bản nháp.'), unit: haiDuong.id, category: category.id, publishedAt: '2024-06-23T02:00:00.000Z' } as never,
  draft: true,
})
const caMauDraft = await payload.create({ collection: 'reports', data: { title: 'Cà Mau: Bản nháp của đơn vị khác', unit: caMau.id, category: category.id, publishedAt: '2024-06-23T02:00:00.000Z' } as never, draft: true })

reached('printing the fixtures')
const path = (r: { slug: string }, u: { slug: string }) => reportPath(u, r)
console.log(
  JSON.stringify({
    units: { haiDuong: { id: haiDuong.id, path: unitPath(haiDuong), slug: haiDuong.slug }, caMau: { id: caMau.id, path: unitPath(caMau), slug: caMau.slug } },
    official: { id: official.id, path: officialPath(official), duplicatePath: officialPath(duplicate) },
    reports: {
      main: { id: main.id, path: path(main as never, haiDuong), title: main.title },
      caMau: { id: caMauReport.id, path: path(caMauReport as never, caMau), title: caMauReport.title },
      toUnpublish: { id: toUnpublish.id, path: path(toUnpublish as never, haiDuong), title: toUnpublish.title },
      pending: { id: pending.id, path: path(pending as never, haiDuong), title: pending.title },
      draft: { id: draft.id, path: path(draft as never, haiDuong), title: draft.title },
      caMauDraft: { id: caMauDraft.id, path: path(caMauDraft as never, caMau), title: caMauDraft.title },
    },
    campaign: { slug: campaign.slug! },
    model: { slug: model.slug },
    category: { slug: category.slug },
  }),
)
await payload.destroy()
process.exit(0)
