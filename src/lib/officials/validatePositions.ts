import { formatDateVN } from '../format/dates'
import { organisationValidOn } from '../organisations/titleOrganisation'
import { titleKey } from './titleKey'
import type { OrganisationLookup, Position } from './titlesAtDate'

export type PositionError = { path: string; vi: string; en: string }

const day = (v: string | Date | null | undefined) => (v ? new Date(v).getTime() : null)
const organisationId = (o: unknown) => String((o && typeof o === 'object' ? (o as { id?: unknown }).id : o) ?? '')
/** One post: the same title (however abbreviated or spelled) in the same organisation. */
export const postKey = (p: Position) => `${titleKey(p.title)}|${organisationId(p.organisation)}`

/**
 * What is wrong with a list of positions, each error naming the row (1-based in the
 * message, 0-based in the path) and why: an empty title, an end before its start, an
 * invalid date, an organisation that is unknown or did not exist on the post's dates, or
 * the same post held twice over overlapping periods.
 */
export function validatePositions(positions: Position[], lookup?: OrganisationLookup): PositionError[] {
  const errors: PositionError[] = []
  positions.forEach((p, i) => {
    const row = i + 1
    if (!p.title || !p.title.trim()) errors.push({ path: `positions.${i}.title`, vi: `Chức vụ số ${row}: chưa có chức danh.`, en: `Position ${row}: the title is empty.` })
    for (const field of ['start', 'end'] as const) {
      const t = day(p[field])
      if (p[field] && (t === null || Number.isNaN(t))) errors.push({ path: `positions.${i}.${field}`, vi: `Chức vụ số ${row}: ngày không hợp lệ.`, en: `Position ${row}: invalid date.` })
    }
    const start = day(p.start)
    const end = day(p.end)
    if (start !== null && end !== null && end < start) {
      errors.push({ path: `positions.${i}.end`, vi: `Chức vụ số ${row} ("${p.title}"): ngày kết thúc trước ngày bắt đầu.`, en: `Position ${row} ("${p.title}"): ends before it starts.` })
    }
    if (lookup && p.organisation != null && p.organisation !== '') {
      const organisation = lookup(p.organisation)
      if (!organisation) errors.push({ path: `positions.${i}.organisation`, vi: `Chức vụ số ${row} ("${p.title}"): cơ quan, tổ chức không tồn tại.`, en: `Position ${row} ("${p.title}"): unknown organisation.` })
      else {
        const outside = [p.start, p.end].filter((d) => d && !Number.isNaN(day(d))).some((d) => !organisationValidOn(organisation, d!))
        if (outside) {
          const period = [organisation.validFrom && `từ ${formatDateVN(organisation.validFrom)}`, organisation.validTo && `đến ${formatDateVN(organisation.validTo)}`].filter(Boolean).join(' ')
          const periodEn = [organisation.validFrom && `from ${formatDateVN(organisation.validFrom)}`, organisation.validTo && `until ${formatDateVN(organisation.validTo)}`].filter(Boolean).join(' ')
          errors.push({
            path: `positions.${i}.organisation`,
            vi: `Chức vụ số ${row} ("${p.title}"): "${organisation.name}" chỉ tồn tại ${period}; hãy chọn cơ quan của thời gian đó.`,
            en: `Position ${row} ("${p.title}"): "${organisation.name}" exists only ${periodEn}; choose the organisation of that time.`,
          })
        }
      }
    }
  })
  for (let i = 0; i < positions.length; i++)
    for (let j = i + 1; j < positions.length; j++) {
      const a = positions[i]
      const b = positions[j]
      if (!a.title?.trim() || postKey(a) !== postKey(b)) continue
      const aStart = day(a.start) ?? -Infinity
      const aEnd = day(a.end) ?? Infinity
      const bStart = day(b.start) ?? -Infinity
      const bEnd = day(b.end) ?? Infinity
      if (aStart <= bEnd && bStart <= aEnd) {
        errors.push({
          path: `positions.${j}.start`,
          vi: `Chức vụ số ${j + 1} ("${b.title}") trùng thời gian với chức vụ số ${i + 1} cùng chức danh.`,
          en: `Position ${j + 1} ("${b.title}") overlaps position ${i + 1} with the same title.`,
        })
      }
    }
  return errors
}
