/** Levels of the Party committee a board belongs to. */
export const UNIT_LEVELS = [
  { value: 'central', vi: 'Trung ương', en: 'Central' },
  { value: 'province', vi: 'Tỉnh/thành phố', en: 'Province or centrally-run city' },
  { value: 'district', vi: 'Huyện/thị/thành phố thuộc tỉnh', en: 'District-level' },
  { value: 'commune', vi: 'Xã/phường', en: 'Commune or ward' },
] as const

export type UnitLevel = (typeof UNIT_LEVELS)[number]['value']
