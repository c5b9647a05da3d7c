import type { Payload } from 'payload'
import { slugify } from '../lib/text/slugify'
import { seedReports } from './seedReports'
import type { UnitLevel } from '../lib/units'
import { endOfDayVN, startOfDayVN } from '../lib/format/dates'
import { applyKnownCareers, seedOrganisations } from './seedOrganisations'
import { SOURCES } from './organisations'
import { checkAdminPassword } from './checkAdminPassword'
import { seedPortalLinks } from './portalLinks'
import { seedUnitFunctions } from './unitFunctions'

type UnitSeed = {
  key: string
  name: string
  shortName: string
  /** the name on the English page (/en) */
  nameEn: string
  level: UnitLevel
  province?: string
  parent?: string
  validFrom?: string
  validTo?: string
  successor?: string
}

/**
 * The boards of the five seed pages and the central board, with the 2025 reorganisation as
 * history, not overwritten: the central and Hải Dương boards merged with their propaganda
 * boards (3/2/2025, 1/3/2025), Hải Dương merged into Hải Phòng (1/7/2025) and district-level
 * committees (Thành ủy Bắc Ninh of the old province) ended on 30/06/2025. Sources are on each
 * board's organisation (src/seed/organisations.ts).
 */
export const SEED_UNITS: UnitSeed[] = [
  { key: 'tw', name: 'Ban Dân vận Trung ương', shortName: 'BDVTW', nameEn: 'Central Commission for Mass Mobilisation', level: 'central', validTo: endOfDayVN('2025-02-02'), successor: 'tgdv-tw' },
  { key: 'tgdv-tw', name: 'Ban Tuyên giáo và Dân vận Trung ương', shortName: 'BTGDVTW', nameEn: 'Central Commission for Propaganda and Mass Mobilisation', level: 'central', validFrom: startOfDayVN('2025-02-03') },
  { key: 'hai-phong', name: 'Ban Dân vận Thành ủy Hải Phòng', shortName: 'BDV Thành ủy Hải Phòng', nameEn: 'Mass Mobilisation Commission of the Hải Phòng City Party Committee', level: 'province', province: 'Hải Phòng', parent: 'tw', validTo: endOfDayVN('2025-06-30'), successor: 'tgdv-hai-phong' },
  { key: 'tgdv-hai-phong', name: 'Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng', shortName: 'BTGDV Thành ủy Hải Phòng', nameEn: 'Propaganda and Mass Mobilisation Commission of the Hải Phòng City Party Committee', level: 'province', province: 'Hải Phòng', parent: 'tgdv-tw', validFrom: startOfDayVN('2025-07-01') },
  { key: 'hai-duong', name: 'Ban Dân vận Tỉnh ủy Hải Dương', shortName: 'BDV Tỉnh ủy Hải Dương', nameEn: 'Mass Mobilisation Commission of the Hải Dương Provincial Party Committee', level: 'province', province: 'Hải Dương', parent: 'tw', validTo: endOfDayVN('2025-02-28'), successor: 'tgdv-hai-duong' },
  { key: 'tgdv-hai-duong', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Hải Dương', shortName: 'BTGDV Tỉnh ủy Hải Dương', nameEn: 'Propaganda and Mass Mobilisation Commission of the Hải Dương Provincial Party Committee', level: 'province', province: 'Hải Dương', parent: 'tgdv-tw', validFrom: startOfDayVN('2025-03-01'), validTo: endOfDayVN('2025-06-30'), successor: 'tgdv-hai-phong' },
  { key: 'ca-mau', name: 'Ban Dân vận Tỉnh ủy Cà Mau', shortName: 'BDV Tỉnh ủy Cà Mau', nameEn: 'Mass Mobilisation Commission of the Cà Mau Provincial Party Committee', level: 'province', province: 'Cà Mau', parent: 'tw', validTo: endOfDayVN('2025-06-30') },
  { key: 'thai-nguyen', name: 'Ban Dân vận Tỉnh ủy Thái Nguyên', shortName: 'BDV Tỉnh ủy Thái Nguyên', nameEn: 'Mass Mobilisation Commission of the Thái Nguyên Provincial Party Committee', level: 'province', province: 'Thái Nguyên', parent: 'tw', validTo: endOfDayVN('2025-06-30') },
  { key: 'ha-noi', name: 'Ban Dân vận Thành ủy Hà Nội', shortName: 'BDV Thành ủy Hà Nội', nameEn: 'Mass Mobilisation Commission of the Hà Nội City Party Committee', level: 'province', province: 'Hà Nội', parent: 'tw' },
  { key: 'bac-ninh', name: 'Ban Dân vận Tỉnh ủy Bắc Ninh', shortName: 'BDV Tỉnh ủy Bắc Ninh', nameEn: 'Mass Mobilisation Commission of the Bắc Ninh Provincial Party Committee', level: 'province', province: 'Bắc Ninh', parent: 'tw', validTo: endOfDayVN('2025-06-30') },
  { key: 'tp-bac-ninh', name: 'Ban Dân vận Thành ủy Bắc Ninh', shortName: 'BDV Thành ủy Bắc Ninh', nameEn: 'Mass Mobilisation Commission of the Bắc Ninh City Party Committee', level: 'district', province: 'Bắc Ninh', parent: 'bac-ninh', validTo: endOfDayVN('2025-06-30') },
]

/** Where each seed board's own organisation record takes its dates from. */
const UNIT_SOURCES: Record<string, string> = {
  tw: SOURCES.centralMerger,
  'tgdv-tw': SOURCES.centralMerger,
  'hai-duong': SOURCES.haiDuongBoards,
  'tgdv-hai-duong': `${SOURCES.haiDuongBoards} ${SOURCES.provinces}`,
  'hai-phong': `${SOURCES.provinces} ${SOURCES.boardDateUnknown}`,
  'tgdv-hai-phong': SOURCES.provinces,
  'ca-mau': `${SOURCES.provinces} ${SOURCES.boardDateUnknown}`,
  'thai-nguyen': `${SOURCES.provinces} ${SOURCES.boardDateUnknown}`,
  'bac-ninh': `${SOURCES.provinces} ${SOURCES.boardDateUnknown}`,
  'ha-noi': SOURCES.boardOpen,
  'tp-bac-ninh': SOURCES.districts,
}

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
  // a weak ADMIN_PASSWORD stops the first start before anything is written
  if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD && (await payload.count({ collection: 'users' })).totalDocs === 0) checkAdminPassword(env.ADMIN_PASSWORD)
  // Ids are numbers on SQLite and strings on MongoDB; the generated types assume the former.
  const unitIds = new Map<string, number>()
  const freshDatabase = (await payload.count({ collection: 'units' })).totalDocs === 0
  // organisations came after units: a database from before them gets them at its next start
  const organisationIds = (await payload.count({ collection: 'organisations' })).totalDocs === 0 ? await seedOrganisations(payload, SEED_UNITS, UNIT_SOURCES) : null
  if (freshDatabase) {
    // Successors first is impossible in one pass (they may come later), so link them after.
    for (const unit of SEED_UNITS) {
      const created = await payload.create({
        collection: 'units',
        data: {
          name: unit.name,
          slug: slugify(unit.name),
          shortName: unit.shortName,
          nameEn: unit.nameEn,
          functions: seedUnitFunctions(unit.key.startsWith('tgdv-') ? 'tuyen-giao-dan-van' : 'dan-van', unit.level === 'central' ? 'central' : 'local'),
          level: unit.level,
          province: unit.province,
          parent: unit.parent ? unitIds.get(unit.parent) : undefined,
          organisation: organisationIds?.get(`unit:${unit.key}`) as number | undefined,
          validFrom: unit.validFrom,
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

  // units and organisations saved before they carried a display name get one, once
  for (const collection of ['units', 'organisations'] as const) {
    const { docs } = await payload.find({ collection, where: { displayName: { exists: false } }, pagination: false, depth: 0, select: { name: true } })
    for (const doc of docs) await payload.update({ collection, id: doc.id, data: {}, depth: 0 })
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

  // the footer's links to other state portals, once
  await seedPortalLinks(payload)

  // The seed pages are the initial content of a new site: imported once, on the first start of
  // an empty database (tests that need an empty site set SEED_REPORTS=false).
  if (freshDatabase && env.SEED_REPORTS !== 'false') {
    await seedReports(payload)
    if (organisationIds) await applyKnownCareers(payload, organisationIds)
  }
}
