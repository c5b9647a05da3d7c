import type { OrganisationKind, PartyBoard } from '../lib/organisations/kinds'
import { organisationNameFor } from '../lib/organisations/titleOrganisation'
import type { UnitLevel } from '../lib/units'

/**
 * The organisations the seed pages' officials hold posts in, with the 2025 reorganisation as
 * history: editable data, each record with the source of its name and dates. Where a date could
 * not be found in a source it is left open, and the record says so; an admin completes it.
 */
export type OrganisationSeed = {
  key: string
  name: string
  kind: OrganisationKind
  board?: PartyBoard
  level: UnitLevel
  province?: string
  /** Vietnam calendar days, "2025-07-01". */
  validFrom?: string
  validTo?: string
  successor?: string
  sources: string
}

export const SOURCES = {
  centralMerger:
    'Hội nghị công bố Quyết định của Bộ Chính trị hợp nhất Ban Tuyên giáo Trung ương và Ban Dân vận Trung ương thành Ban Tuyên giáo và Dân vận Trung ương, sáng 03/02/2025 (znews.vn, "Ông Nguyễn Trọng Nghĩa làm Trưởng Ban Tuyên giáo và Dân vận Trung ương"; nongnghiepmoitruong.vn, 03/02/2025). Số quyết định: chưa tra được.',
  haiDuongBoards:
    'Tỉnh ủy Hải Dương công bố ngày 07/02/2025 quyết định hợp nhất Ban Tuyên giáo và Ban Dân vận Tỉnh ủy thành Ban Tuyên giáo và Dân vận Tỉnh ủy, từ 01/03/2025 (baohaiduong.vn, "Đồng chí Nguyễn Quang Phúc giữ chức Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Hải Dương"). Số quyết định: chưa tra được.',
  provinces:
    'Nghị quyết số 202/2025/QH15 ngày 12/06/2025 về sắp xếp đơn vị hành chính cấp tỉnh (63 còn 34); chính quyền các tỉnh, thành phố sau sắp xếp hoạt động từ 01/07/2025 (thuvienphapluat.vn; vnexpress.net, 12/06/2025). Bộ Chính trị quyết định thành lập đảng bộ các tỉnh, thành phố mới, hiệu lực 01/07/2025 (cafef.vn; baovannghe.vn, 26/06/2025).',
  caMau: 'Quyết định số 327-QĐ/TW của Bộ Chính trị thành lập Đảng bộ tỉnh Cà Mau trên cơ sở hợp nhất Đảng bộ tỉnh Cà Mau và Đảng bộ tỉnh Bạc Liêu, hiệu lực 01/07/2025.',
  districts:
    'Nghị quyết số 203/2025/QH15 sửa đổi, bổ sung Hiến pháp 2013: kết thúc hoạt động đơn vị hành chính cấp huyện từ 01/07/2025; các đảng bộ cấp huyện kết thúc hoạt động tại lễ công bố ngày 30/06/2025 (Hướng dẫn số 31-HD/BTCTW ngày 23/04/2025).',
  boardDateUnknown: 'Ngày hợp nhất với Ban Tuyên giáo chưa tra được nguồn: ghi ngày kết thúc muộn nhất (hợp nhất tỉnh, 30/06/2025); quản trị cập nhật khi có quyết định.',
  boardOpen: 'Ngày hợp nhất với Ban Tuyên giáo chưa tra được nguồn: để trống; quản trị cập nhật khi có quyết định.',
} as const

const MERGER_LAST_DAY = '2025-06-30'
const MERGED_FROM = '2025-07-01'

const CENTRAL: OrganisationSeed[] = [
  { key: 'bo-chinh-tri', name: 'Bộ Chính trị', kind: 'politburo', level: 'central', sources: 'Cơ quan của Ban Chấp hành Trung ương Đảng.' },
  { key: 'ban-bi-thu', name: 'Ban Bí thư', kind: 'secretariat', level: 'central', sources: 'Cơ quan của Ban Chấp hành Trung ương Đảng.' },
  { key: 'bch-tw', name: 'Ban Chấp hành Trung ương Đảng', kind: 'central-committee', level: 'central', sources: 'Điều lệ Đảng.' },
  { key: 'quoc-hoi', name: 'Quốc hội', kind: 'national-assembly', level: 'central', sources: 'Hiến pháp 2013.' },
  { key: 'chinh-phu', name: 'Chính phủ', kind: 'government', level: 'central', sources: 'Hiến pháp 2013.' },
  { key: 'mttq-tw', name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', kind: 'front', level: 'central', sources: 'Điều lệ Mặt trận Tổ quốc Việt Nam.' },
  {
    key: 'ban-tuyen-giao-tw',
    name: 'Ban Tuyên giáo Trung ương',
    kind: 'party-board',
    board: 'tuyen-giao',
    level: 'central',
    validTo: '2025-02-02',
    successor: 'unit:tgdv-tw',
    sources: SOURCES.centralMerger,
  },
]

type ProvinceSeed = {
  province: string
  committee: 'Tỉnh ủy' | 'Thành ủy'
  /** Merged on 1/7/2025: into another province, or renewed under the same name. */
  merger?: { into: string; sources: string }
}

const PROVINCES: ProvinceSeed[] = [
  { province: 'Hải Dương', committee: 'Tỉnh ủy', merger: { into: 'Hải Phòng', sources: SOURCES.provinces } },
  { province: 'Hải Phòng', committee: 'Thành ủy', merger: { into: 'Hải Phòng', sources: SOURCES.provinces } },
  { province: 'Thái Nguyên', committee: 'Tỉnh ủy', merger: { into: 'Thái Nguyên', sources: `${SOURCES.provinces} Tỉnh Bắc Kạn hợp nhất vào tỉnh Thái Nguyên.` } },
  { province: 'Bắc Ninh', committee: 'Tỉnh ủy', merger: { into: 'Bắc Ninh', sources: `${SOURCES.provinces} Tỉnh Bắc Giang hợp nhất với tỉnh Bắc Ninh.` } },
  { province: 'Cà Mau', committee: 'Tỉnh ủy', merger: { into: 'Cà Mau', sources: `${SOURCES.provinces} ${SOURCES.caMau}` } },
  { province: 'Hà Nội', committee: 'Thành ủy' },
]

const LOCAL_KINDS: OrganisationKind[] = ['party-committee', 'standing-committee', 'peoples-council', 'peoples-committee', 'assembly-delegation']

const localName = (kind: OrganisationKind, level: UnitLevel, place: string, committee: string) => organisationNameFor({ kind, level, place, committee })!

function provinceOrganisations(p: ProvinceSeed): OrganisationSeed[] {
  const key = (kind: string, era = '') => `${kind}:${p.province}${era}`
  const target = PROVINCES.find((q) => q.province === p.merger?.into)
  const before = LOCAL_KINDS.map(
    (kind): OrganisationSeed => ({
      key: key(kind),
      name: localName(kind, 'province', p.province, p.committee),
      kind,
      level: 'province',
      province: p.province,
      ...(p.merger && target ? { validTo: MERGER_LAST_DAY, successor: `${kind}:${target.province}:2025`, sources: p.merger.sources } : { sources: 'Tổ chức theo Hiến pháp và Điều lệ Đảng.' }),
    }),
  )
  // the province that goes on after a merger is a new organisation under its old name
  const after =
    p.merger && p.merger.into === p.province
      ? LOCAL_KINDS.map((kind): OrganisationSeed => ({ key: key(kind, ':2025'), name: localName(kind, 'province', p.province, p.committee), kind, level: 'province', province: p.province, validFrom: MERGED_FROM, sources: p.merger!.sources }))
      : []
  return [...before, ...after]
}

/** The city of Bắc Ninh (district level) ended with the district level on 30/06/2025. */
const DISTRICT: OrganisationSeed[] = (['party-committee', 'standing-committee', 'peoples-council', 'peoples-committee'] as OrganisationKind[]).map((kind) => ({
  key: `${kind}:tp-bac-ninh`,
  name: localName(kind, 'district', 'Bắc Ninh', 'Thành ủy'),
  kind,
  level: 'district',
  province: 'Bắc Ninh',
  validTo: MERGER_LAST_DAY,
  sources: SOURCES.districts,
}))

/** Every organisation of the seed, except the units' own (made from SEED_UNITS, keys "unit:KEY"). */
export const SEED_ORGANISATIONS: OrganisationSeed[] = [...CENTRAL, ...PROVINCES.flatMap(provinceOrganisations), ...DISTRICT]

/**
 * Posts known from sources beyond the seed pages, applied after the pages are imported: each
 * replaces the page's attestation of the same post. `organisation` is a seed key.
 */
export const KNOWN_CAREERS: { fullName: string; positions: { title: string; organisation: string; start?: string; end?: string; confirmed: boolean; source: string }[] }[] = [
  {
    fullName: 'Phạm Tất Thắng',
    positions: [
      {
        title: 'Ủy viên Trung ương Đảng',
        organisation: 'bch-tw',
        start: '2024-06-21',
        end: '2025-02-03',
        confirmed: false,
        source: 'Thấy trong trang Ban Dân vận Tỉnh ủy Thái Nguyên ngày 21/06/2024 và znews.vn ngày 03/02/2025 ("Phạm Tất Thắng, Ủy viên Trung ương Đảng").',
      },
      {
        title: 'Phó Trưởng ban Thường trực Ban Dân vận Trung ương',
        organisation: 'unit:tw',
        start: '2024-06-21',
        end: '2025-02-02',
        confirmed: false,
        source: 'Thấy trong trang Ban Dân vận Tỉnh ủy Thái Nguyên ngày 21/06/2024; Ban Dân vận Trung ương hợp nhất ngày 03/02/2025.',
      },
      {
        title: 'Phó Trưởng ban Tuyên giáo và Dân vận Trung ương',
        organisation: 'unit:tgdv-tw',
        start: '2025-02-03',
        confirmed: true,
        source: 'Bộ Chính trị phân công, công bố ngày 03/02/2025 (znews.vn, "Ông Nguyễn Trọng Nghĩa làm Trưởng Ban Tuyên giáo và Dân vận Trung ương").',
      },
    ],
  },
]
