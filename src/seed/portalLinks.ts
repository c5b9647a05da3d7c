import type { Payload } from 'payload'

/** Real state portals for the footer's first list (plain links; an administrator edits them in "Liên kết cổng thông tin"). */
export const SEED_PORTAL_LINKS = [
  { name: 'Cổng thông tin điện tử Chính phủ', url: 'https://chinhphu.vn' },
  { name: 'Báo điện tử Đảng Cộng sản Việt Nam', url: 'https://dangcongsan.vn' },
  { name: 'Cổng thông tin điện tử Quốc hội', url: 'https://quochoi.vn' },
  { name: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn' },
  { name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', url: 'https://mattran.org.vn' },
]

/** The first start fills the list; a list an administrator has saved, even empty, stays as it is. */
export async function seedPortalLinks(payload: Payload): Promise<void> {
  const current = await payload.findGlobal({ slug: 'portal-links', depth: 0 })
  if (current.updatedAt) return
  await payload.updateGlobal({ slug: 'portal-links', data: { links: SEED_PORTAL_LINKS }, depth: 0 })
  payload.logger.info(`Seeded ${SEED_PORTAL_LINKS.length} portal links`)
}
