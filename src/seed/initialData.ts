import type { Payload } from 'payload'
import { slugify } from '../lib/text/slugify'
import { seedReports } from './seedReports'
import type { UnitLevel } from '../lib/units'

type UnitSeed = {
  key: string
  name: string
  shortName: string
  level: UnitLevel
  province?: string
  parent?: string
  validFrom?: string
  validTo?: string
  successor?: string
}

/**
 * The boards of the five seed pages and the central board. The 2025 reorganisation is
 * recorded as history, not overwritten: Hải Dương merged into Hải Phòng and district-level
 * committees (Thành ủy Bắc Ninh of the old province) ended on 30/06/2025.
 */
export const SEED_UNITS: UnitSeed[] = [
  { key: 'tw', name: 'Ban Dân vận Trung ương', shortName: 'BDVTW', level: 'central' },
  { key: 'hai-phong', name: 'Ban Dân vận Thành ủy Hải Phòng', shortName: 'BDV Thành ủy Hải Phòng', level: 'province', province: 'Hải Phòng', parent: 'tw' },
  { key: 'hai-duong', name: 'Ban Dân vận Tỉnh ủy Hải Dương', shortName: 'BDV Tỉnh ủy Hải Dương', level: 'province', province: 'Hải Dương', parent: 'tw', validTo: '2025-06-30T16:59:59.000Z', successor: 'hai-phong' },
  { key: 'ca-mau', name: 'Ban Dân vận Tỉnh ủy Cà Mau', shortName: 'BDV Tỉnh ủy Cà Mau', level: 'province', province: 'Cà Mau', parent: 'tw' },
  { key: 'thai-nguyen', name: 'Ban Dân vận Tỉnh ủy Thái Nguyên', shortName: 'BDV Tỉnh ủy Thái Nguyên', level: 'province', province: 'Thái Nguyên', parent: 'tw' },
  { key: 'ha-noi', name: 'Ban Dân vận Thành ủy Hà Nội', shortName: 'BDV Thành ủy Hà Nội', level: 'province', province: 'Hà Nội', parent: 'tw' },
  { key: 'bac-ninh', name: 'Ban Dân vận Tỉnh ủy Bắc Ninh', shortName: 'BDV Tỉnh ủy Bắc Ninh', level: 'province', province: 'Bắc Ninh', parent: 'tw' },
  { key: 'tp-bac-ninh', name: 'Ban Dân vận Thành ủy Bắc Ninh', shortName: 'BDV Thành ủy Bắc Ninh', level: 'district', province: 'Bắc Ninh', parent: 'bac-ninh', validTo: '2025-06-30T16:59:59.000Z' },
]

export const SEED_CATEGORIES = [
  'Tin tức - Sự kiện',
  'Hội nghị - Hội thảo',
  'Dân vận chính quyền',
  'Dân vận khéo',
  'Thực hiện quy chế dân chủ ở cơ sở',
  'Công tác tôn giáo',
  'Công tác dân tộc',
  'Mặt trận và các đoàn thể',
  'Gương điển hình',
  'Văn bản chỉ đạo',
]

/**
 * First start of an empty database: the units and categories, and the first admin when
 * ADMIN_EMAIL and ADMIN_PASSWORD are set (otherwise Payload shows create-first-user).
 * Each part runs only while its collection is empty, so an admin's later deletions stick.
 */
export async function seedInitialData(payload: Payload, env: Record<string, string | undefined> = process.env): Promise<void> {
  // Ids are numbers on SQLite and strings on MongoDB; the generated types assume the former.
  const unitIds = new Map<string, number>()
  const freshDatabase = (await payload.count({ collection: 'units' })).totalDocs === 0
  if (freshDatabase) {
    // Successors first is impossible in one pass (they may come later), so link them after.
    for (const unit of SEED_UNITS) {
      const created = await payload.create({
        collection: 'units',
        data: {
          name: unit.name,
          slug: slugify(unit.name),
          shortName: unit.shortName,
          level: unit.level,
          province: unit.province,
          parent: unit.parent ? unitIds.get(unit.parent) : undefined,
          validTo: unit.validTo,
        },
      })
      unitIds.set(unit.key, created.id as number)
    }
    for (const unit of SEED_UNITS.filter((u) => u.successor)) {
      await payload.update({ collection: 'units', id: unitIds.get(unit.key)!, data: { successor: unitIds.get(unit.successor!) } })
    }
    payload.logger.info(`Seeded ${SEED_UNITS.length} units`)
  }

  if ((await payload.count({ collection: 'categories' })).totalDocs === 0) {
    for (const name of SEED_CATEGORIES) await payload.create({ collection: 'categories', data: { name, slug: slugify(name) } })
    payload.logger.info(`Seeded ${SEED_CATEGORIES.length} categories`)
  }

  const { ADMIN_EMAIL, ADMIN_PASSWORD } = env
  if (ADMIN_EMAIL && ADMIN_PASSWORD && (await payload.count({ collection: 'users' })).totalDocs === 0) {
    const units = await payload.find({ collection: 'units', limit: 1000, depth: 0 })
    await payload.create({
      collection: 'users',
      data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD, name: env.ADMIN_NAME || 'Quản trị hệ thống', roles: ['admin'], units: units.docs.map((u) => u.id) },
    })
    payload.logger.info(`Created the first administrator ${ADMIN_EMAIL}`)
  }

  // The seed pages are the initial content of a new site: imported once, on the first start of
  // an empty database (tests that need an empty site set SEED_REPORTS=false).
  if (freshDatabase && env.SEED_REPORTS !== 'false') await seedReports(payload)
}
