/** Levels of the Party committee a board belongs to. */
export const UNIT_LEVELS = [
  { value: 'central', vi: 'Trung ương', en: 'Central' },
  { value: 'province', vi: 'Tỉnh/thành phố', en: 'Province or centrally-run city' },
  { value: 'district', vi: 'Huyện/thị/thành phố thuộc tỉnh', en: 'District-level' },
  { value: 'commune', vi: 'Xã/phường', en: 'Commune or ward' },
] as const

export type UnitLevel = (typeof UNIT_LEVELS)[number]['value']

/** Whether a unit existed on a date (valid from and to inclusive, open ends allowed). */
export function unitValidOn(unit: { validFrom?: string | null; validTo?: string | null }, date: string | Date | number): boolean {
  const at = new Date(date).getTime()
  return (!unit.validFrom || new Date(unit.validFrom).getTime() <= at) && (!unit.validTo || at <= new Date(unit.validTo).getTime())
}

/** A unit as lists and titles need it; renames and mergers are separate records linked by `successor`. */
export type UnitRecord = {
  id: string | number
  name: string
  validFrom?: string | null
  validTo?: string | null
  successor?: string | number | { id: string | number } | null
}
