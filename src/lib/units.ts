import { relationId } from './roles'
import { dayVN, formatDateVN, startOfDayVN } from './format/dates'
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

/**
 * Why a report dated `date` cannot be put in a unit: the unit did not exist yet or had ended
 * then (naming its successor, where it has one), in both languages; null when it may.
 */
export function unitPeriodProblem(unit: UnitRecord, date: string | Date, successorName?: string | null): { vi: string; en: string } | null {
  // an invalid date is the date field's own error
  if (Number.isNaN(new Date(date).getTime()) || unitValidOn(unit, dayStart(date)) || unitValidOn(unit, date)) return null
  const name = unit.name
  if (unit.validTo && new Date(date).getTime() > new Date(unit.validTo).getTime()) {
    const ended = formatDateVN(unit.validTo)
    return {
      vi: `Đơn vị "${name}" đã kết thúc ngày ${ended}${successorName ? `; đơn vị kế thừa là "${successorName}"` : ''}. Hãy chọn đơn vị hiện nay, hoặc ghi ngày đăng trong thời gian đơn vị còn hoạt động.`,
      en: `The unit "${name}" ended on ${ended}${successorName ? `; its successor is "${successorName}"` : ''}. Choose the current unit, or give a date within the unit's period.`,
    }
  }
  const began = formatDateVN(unit.validFrom!)
  return {
    vi: `Đơn vị "${name}" chỉ hoạt động từ ngày ${began}. Hãy chọn đơn vị của thời gian đó.`,
    en: `The unit "${name}" exists only from ${began}. Choose the unit of that time.`,
  }
}

// a report's day counts whole: 09:00 on a unit's last day is within it
const dayStart = (date: string | Date) => startOfDayVN(dayVN(date))

/** The same, for a unit found by id among all units (its successor named from the list). */
export function unitProblemAmong(units: UnitRecord[], unitId: string | null, date: string | Date): { vi: string; en: string } | null {
  const unit = units.find((u) => String(u.id) === unitId)
  if (!unit) return null
  return unitPeriodProblem(unit, date, units.find((u) => String(u.id) === relationId(unit.successor))?.name)
}
