/** The kinds of organisation a post is held in: the Party's organs, the state, the Front. */
export const ORGANISATION_KINDS = [
  { value: 'politburo', vi: 'Bộ Chính trị', en: 'Politburo' },
  { value: 'secretariat', vi: 'Ban Bí thư', en: 'Secretariat' },
  { value: 'central-committee', vi: 'Ban Chấp hành Trung ương Đảng', en: 'Central Committee' },
  { value: 'party-committee', vi: 'Cấp ủy (Tỉnh ủy, Thành ủy, Huyện ủy, Đảng ủy)', en: 'Party committee' },
  { value: 'standing-committee', vi: 'Ban Thường vụ cấp ủy', en: 'Standing committee of a Party committee' },
  { value: 'party-board', vi: 'Ban của Đảng (Ban Dân vận, Ban Tuyên giáo…)', en: 'Party board' },
  { value: 'national-assembly', vi: 'Quốc hội', en: 'National Assembly' },
  { value: 'assembly-delegation', vi: 'Đoàn đại biểu Quốc hội', en: 'National Assembly delegation' },
  { value: 'government', vi: 'Chính phủ', en: 'Government' },
  { value: 'peoples-council', vi: 'Hội đồng nhân dân', en: "People's Council" },
  { value: 'peoples-committee', vi: 'Ủy ban nhân dân', en: "People's Committee" },
  { value: 'front', vi: 'Mặt trận Tổ quốc', en: 'Fatherland Front' },
  { value: 'mass-organisation', vi: 'Tổ chức chính trị - xã hội', en: 'Mass organisation' },
  { value: 'other', vi: 'Cơ quan, tổ chức khác', en: 'Other organisation' },
] as const

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number]['value']

/** The Party boards whose posts titles name ("Trưởng Ban Dân vận", "Phó Trưởng ban Tuyên giáo và Dân vận"). */
export const PARTY_BOARDS = [
  { value: 'dan-van', vi: 'Ban Dân vận', en: 'Mass Mobilisation' },
  { value: 'tuyen-giao', vi: 'Ban Tuyên giáo', en: 'Propaganda' },
  { value: 'tuyen-giao-dan-van', vi: 'Ban Tuyên giáo và Dân vận', en: 'Propaganda and Mass Mobilisation' },
  { value: 'to-chuc', vi: 'Ban Tổ chức', en: 'Organisation' },
  { value: 'kiem-tra', vi: 'Ủy ban Kiểm tra', en: 'Inspection' },
  { value: 'noi-chinh', vi: 'Ban Nội chính', en: 'Internal Affairs' },
] as const

export type PartyBoard = (typeof PARTY_BOARDS)[number]['value']

/** An organisation as titles need it: its name on its own dates, and where it is. */
export type OrganisationRecord = {
  id: string | number
  name: string
  kind?: OrganisationKind | string | null
  level?: string | null
  board?: PartyBoard | string | null
  province?: string | null
  /** The place its name ends with when that is not the province ("Gia Lâm" for Huyện ủy Gia Lâm). */
  locality?: string | null
  validFrom?: string | null
  validTo?: string | null
  successor?: string | number | { id: string | number } | null
}
