import { formatDecimalVN, formatNumberVN } from '../format/numbers'
import { CAMPAIGN_SCOPES, MODEL_FIELDS, MODEL_STATUSES } from '../campaigns'
import type { ReaderFigures, ReportFigures, WorkflowFigures } from './aggregate'
import type { ModelFigures } from './models'
import { monthLabel, type Period } from './period'

export type Lang = 'vi' | 'en'
type Text = { vi: string; en: string }

/** Every figure of the dashboard, with the names its ids stand for. */
export type Dashboard = {
  period: Period
  /** the units whose figures these are, by id */
  units: Array<{ id: string; name: string }>
  /** the units the user may choose in the filter (theirs and their predecessors; every unit for admins) */
  unitChoices: Array<{ id: string; name: string }>
  models: ModelFigures
  modelSentence: Text
  reports: ReportFigures
  workflow: WorkflowFigures
  readers: ReaderFigures & { allTime: Record<string, number> }
  names: {
    units: Record<string, string>
    /** the unit each unit became (itself when it has no successor) */
    currentUnits: Record<string, string>
    categories: Record<string, string>
    campaigns: Record<string, string>
    officials: Record<string, string>
    reports: Record<string, { title: string; unit: string }>
  }
}

/** How a column prints: counts as "1.250", months "03/2024", days "05/03/2024". */
export type ColumnKind = 'text' | 'count' | 'decimal' | 'month' | 'day'
export type Column = { label: Text; kind: ColumnKind }
export type Cell = string | number | null

export type StatTable = {
  id: string
  section: 'models' | 'reports' | 'workflow' | 'readers' | 'officials'
  title: Text
  columns: Column[]
  rows: Cell[][]
  /** bars of these numeric columns against the first (stacked when several), where people read a trend */
  chart?: { values: number[] }
}

/**
 * How a chart lies: upright columns for short labels (months, days), bars read sideways for
 * names (fields, units, categories), whose labels under a column were cut at a phone's edge or
 * skipped; and the height that gives each bar its line.
 */
export function chartShape(labels: string[]): { layout: 'columns' | 'bars'; height: number } {
  const sideways = labels.some((label) => label.length > 12)
  return sideways ? { layout: 'bars', height: Math.max(160, 32 * labels.length + 48) } : { layout: 'columns', height: 240 }
}

export const SECTIONS: Record<StatTable['section'], Text> = {
  models: { vi: 'Mô hình "Dân vận khéo"', en: '"Dân vận khéo" models' },
  reports: { vi: 'Tin bài đã xuất bản', en: 'Published reports' },
  workflow: { vi: 'Quy trình biên tập', en: 'Editorial workflow' },
  readers: { vi: 'Bạn đọc', en: 'Readers' },
  officials: { vi: 'Cán bộ được nhắc đến nhiều nhất', en: 'Officials mentioned most' },
}

const col = (vi: string, en: string, kind: ColumnKind = 'text'): Column => ({ label: { vi, en }, kind })
const option = (options: readonly { value: string; vi: string; en: string }[], key: string, lang: Lang) => options.find((o) => o.value === key)?.[lang] ?? (key || (lang === 'vi' ? '(không ghi)' : '(none)'))
const named = (map: Record<string, string>, key: string, lang: Lang, none: Text) => (key ? (map[key] ?? `#${key}`) : none[lang])
const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10)

/** The dashboard as tables: what the page shows beside each chart, and what each export holds. */
export function dashboardTables(d: Dashboard, lang: Lang = 'vi'): StatTable[] {
  const unitName = (id: string) => named(d.names.units, id, lang, { vi: '(không rõ đơn vị)', en: '(unknown unit)' })
  const countCol = (vi: string, en: string) => col(vi, en, 'count')
  const { models: m, reports: r, workflow: w, readers: v } = d
  return [
    { id: 'mo-hinh-linh-vuc', section: 'models', title: { vi: 'Mô hình theo lĩnh vực', en: 'Models by field' }, columns: [col('Lĩnh vực', 'Field'), countCol('Số mô hình', 'Models')], rows: m.byField.map((c) => [option(MODEL_FIELDS, c.key, lang), c.count]), chart: { values: [1] } },
    { id: 'mo-hinh-don-vi', section: 'models', title: { vi: 'Mô hình theo đơn vị', en: 'Models by unit' }, columns: [col('Đơn vị', 'Unit'), col('Đơn vị hiện nay', 'Unit today'), countCol('Số mô hình', 'Models')], rows: m.byUnit.map((c) => [unitName(c.key), unitName(d.names.currentUnits[c.key] ?? c.key), c.count]) },
    { id: 'mo-hinh-cap', section: 'models', title: { vi: 'Mô hình theo cấp', en: 'Models by level' }, columns: [col('Cấp', 'Level'), countCol('Số mô hình', 'Models')], rows: m.byLevel.map((c) => [option(CAMPAIGN_SCOPES, c.key, lang), c.count]) },
    { id: 'mo-hinh-trang-thai', section: 'models', title: { vi: 'Mô hình theo trạng thái', en: 'Models by status' }, columns: [col('Trạng thái', 'Status'), countCol('Số mô hình', 'Models')], rows: m.byStatus.map((c) => [option(MODEL_STATUSES, c.key, lang), c.count]) },
    {
      id: 'mo-hinh-nam',
      section: 'models',
      title: { vi: 'Mô hình theo năm công nhận và lĩnh vực', en: 'Models by year recognised and field' },
      columns: [col('Năm công nhận', 'Year recognised'), ...MODEL_FIELDS.map((f) => countCol(f.vi, f.en)), countCol('Tổng', 'Total')],
      rows: m.byYear.map((c) => [c.key, ...MODEL_FIELDS.map((f) => m.byYearField[c.key]?.[f.value] ?? 0), c.count]),
      chart: { values: MODEL_FIELDS.map((_, i) => i + 1) },
    },
    { id: 'tin-bai-thang', section: 'reports', title: { vi: 'Tin bài xuất bản theo tháng', en: 'Reports published by month' }, columns: [col('Tháng', 'Month', 'month'), countCol('Tin bài', 'Reports')], rows: r.byMonth.map((c) => [c.key, c.count]), chart: { values: [1] } },
    {
      id: 'tin-bai-don-vi',
      section: 'reports',
      title: { vi: 'Tin bài theo đơn vị (tên khi đăng)', en: 'Reports by unit (name when published)' },
      columns: [col('Đơn vị', 'Unit'), col('Tính vào đơn vị hiện nay', 'Counted in today’s unit'), countCol('Tin bài', 'Reports')],
      rows: r.byUnit.map((c) => [unitName(c.key), unitName(d.names.currentUnits[c.key] ?? c.key), c.count]),
    },
    {
      id: 'tin-bai-don-vi-hien-nay',
      section: 'reports',
      title: { vi: 'Tin bài theo đơn vị hiện nay (gồm đơn vị tiền thân)', en: 'Reports by today’s unit (predecessors included)' },
      columns: [col('Đơn vị', 'Unit'), countCol('Tin bài', 'Reports')],
      rows: r.byCurrentUnit.map((c) => [unitName(c.key), c.count]),
    },
    { id: 'tin-bai-chuyen-muc', section: 'reports', title: { vi: 'Tin bài theo chuyên mục', en: 'Reports by category' }, columns: [col('Chuyên mục', 'Category'), countCol('Tin bài', 'Reports')], rows: r.byCategory.map((c) => [named(d.names.categories, c.key, lang, { vi: '(chưa phân loại)', en: '(uncategorised)' }), c.count]) },
    { id: 'tin-bai-phong-trao', section: 'reports', title: { vi: 'Tin bài theo phong trào, cuộc vận động', en: 'Reports by campaign' }, columns: [col('Phong trào, cuộc vận động', 'Campaign'), countCol('Tin bài', 'Reports')], rows: r.byCampaign.map((c) => [named(d.names.campaigns, c.key, lang, { vi: '', en: '' }), c.count]) },
    {
      id: 'quy-trinh',
      section: 'workflow',
      title: { vi: 'Thời gian xử lý và trả lại', en: 'Turnaround and returns' },
      columns: [col('Chỉ số', 'Figure'), col('Giá trị', 'Value', 'decimal'), col('Đơn vị tính', 'Unit')],
      rows: [
        [lang === 'vi' ? 'Tin bài xuất bản qua quy trình' : 'Reports published through the workflow', w.reports, lang === 'vi' ? 'tin bài' : 'reports'],
        [lang === 'vi' ? 'Thời gian trung vị từ gửi biên tập đến xuất bản' : 'Median time from submission to publication', round1(w.medianHours), lang === 'vi' ? 'giờ' : 'hours'],
        [lang === 'vi' ? 'Thời gian chậm nhất từ gửi biên tập đến xuất bản' : 'Slowest time from submission to publication', round1(w.slowestHours), lang === 'vi' ? 'giờ' : 'hours'],
        [lang === 'vi' ? 'Số lần trả lại' : 'Returns', w.returns, lang === 'vi' ? 'lần' : 'times'],
        [lang === 'vi' ? 'Tin bài bị trả lại ít nhất một lần' : 'Reports returned at least once', w.returnedReports, lang === 'vi' ? 'tin bài' : 'reports'],
        [lang === 'vi' ? 'Số lần trả lại bình quân mỗi tin bài' : 'Returns per report', round1(w.returnsPerReport), lang === 'vi' ? 'lần' : 'times'],
      ],
    },
    { id: 'luot-xem-thang', section: 'readers', title: { vi: 'Lượt xem theo tháng', en: 'Views by month' }, columns: [col('Tháng', 'Month', 'month'), countCol('Lượt xem', 'Views')], rows: v.byMonth.map((c) => [c.key, c.count]), chart: { values: [1] } },
    { id: 'luot-xem-ngay', section: 'readers', title: { vi: 'Lượt xem theo ngày', en: 'Views by day' }, columns: [col('Ngày', 'Day', 'day'), countCol('Lượt xem', 'Views')], rows: v.byDay.map((c) => [c.key, c.count]), chart: { values: [1] } },
    {
      id: 'doc-nhieu',
      section: 'readers',
      title: { vi: 'Tin bài được đọc nhiều nhất trong kỳ', en: 'Most-read reports of the period' },
      columns: [col('Tin bài', 'Report'), col('Đơn vị', 'Unit'), countCol('Lượt xem trong kỳ', 'Views in the period'), countCol('Tổng lượt xem (cả trang cũ)', 'All views (old site included)')],
      rows: v.top.map((c) => [d.names.reports[c.key]?.title ?? `#${c.key}`, d.names.reports[c.key]?.unit ?? '', c.count, v.allTime[c.key] ?? c.count]),
    },
    { id: 'can-bo', section: 'officials', title: SECTIONS.officials, columns: [col('Cán bộ', 'Official'), countCol('Số tin bài nhắc đến', 'Reports mentioning')], rows: r.officials.map((c) => [named(d.names.officials, c.key, lang, { vi: '', en: '' }), c.count]) },
  ]
}

/** A cell as the page prints it, in Vietnamese formats whatever the language. */
export function formatCell(value: Cell, kind: ColumnKind): string {
  if (value === null || value === '') return '—'
  if (typeof value === 'number') return kind === 'decimal' ? formatDecimalVN(value) : formatNumberVN(value)
  if (kind === 'month' && /^\d{4}-\d{2}$/.test(value)) return monthLabel(value)
  if (kind === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value.split('-').reverse().join('/')
  return value
}

/**
 * A cell as an export holds it: numbers stay numbers (a spreadsheet adds them up; Excel shows
 * them in its own locale's format), months and days in Vietnamese order.
 */
export function exportCell(value: Cell, kind: ColumnKind): string | number {
  if (value === null) return ''
  if (typeof value === 'number') return value
  return kind === 'month' || kind === 'day' ? formatCell(value, kind) : value
}
