import { looksLegacyEncoded } from '../text/legacyEncoding'
import { isNotNFC } from '../text/normaliseVietnamese'

/** What a report must have before it may be published. */
export type ChecklistInput = {
  title?: string | null
  lead?: string | null
  unit?: unknown
  category?: unknown
  publishedAt?: string | null
  featuredImage?: unknown
  /** Alt text of the featured image, when the caller could look it up. */
  featuredImageAlt?: string | null
  gallery?: { photo?: unknown; caption?: string | null }[] | null
  body?: unknown
  byline?: string | null
  source?: string | null
  /** Why the report's unit cannot publish on its date (ended or not yet begun), when the caller looked. */
  unitPeriodProblem?: string | null
  /** Named officials with no confirmed title on the report's date, when the caller looked them up. */
  officialsToConfirm?: string[] | null
}

export type ChecklistItem = { code: string; vi: string; en: string }

const present = (v: unknown) => v !== undefined && v !== null && v !== '' && !(typeof v === 'string' && !v.trim())

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out))
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out))
  return out
}

/** The missing items, in the order an editor fixes them; empty when the report may be published. */
export function publishChecklist(report: ChecklistInput): ChecklistItem[] {
  const missing: ChecklistItem[] = []
  const need = (ok: boolean, code: string, vi: string, en: string) => {
    if (!ok) missing.push({ code, vi, en })
  }
  need(present(report.title), 'title', 'Tiêu đề', 'Title')
  need(present(report.lead), 'lead', 'Sapo', 'Lead')
  need(present(report.unit), 'unit', 'Đơn vị', 'Unit')
  if (report.unitPeriodProblem) missing.push({ code: 'unitPeriod', vi: report.unitPeriodProblem, en: report.unitPeriodProblem })
  need(present(report.category), 'category', 'Chuyên mục', 'Category')
  // no date needed: publishing dates the report now, scheduling at its time (transitionReport)
  need(present(report.featuredImage), 'featuredImage', 'Ảnh đại diện', 'Featured image')
  if (present(report.featuredImage) && report.featuredImageAlt !== undefined)
    need(present(report.featuredImageAlt), 'featuredImageAlt', 'Mô tả (alt) của ảnh đại diện', 'Alt text of the featured image')
  ;(report.gallery ?? []).forEach((entry, i) => {
    need(present(entry.photo), `gallery.${i}.photo`, `Ảnh số ${i + 1} trong bài chưa có tệp ảnh`, `Gallery photo ${i + 1} has no file`)
    need(present(entry.caption), `gallery.${i}.caption`, `Ảnh số ${i + 1} trong bài chưa có chú thích`, `Gallery photo ${i + 1} has no caption`)
  })
  const unconfirmed = report.officialsToConfirm ?? []
  need(unconfirmed.length === 0, 'confirmTitles', `Xác nhận chức danh: ${unconfirmed.join(', ')}`, `Confirm the titles of: ${unconfirmed.join(', ')}`)
  const text = strings([report.title, report.lead, report.body, report.byline, report.source, report.gallery?.map((g) => g.caption)])
  need(!text.some(isNotNFC), 'nfc', 'Văn bản chưa chuẩn Unicode dựng sẵn (NFC)', 'Text is not in Unicode NFC')
  need(!text.some(looksLegacyEncoded), 'legacyEncoding', 'Văn bản còn lỗi mã cũ (TCVN3/VNI)', 'Text is in a legacy encoding (TCVN3/VNI)')
  return missing
}
