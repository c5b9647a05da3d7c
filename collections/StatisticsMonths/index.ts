import type { CollectionConfig } from 'payload'
import { adminOnly } from '../../src/access'
import { statisticsDashboardEndpoint, statisticsExportEndpoint } from './endpoints'

export const STATISTICS_MONTHS = 'statistics-months'

const nobody = () => false

/**
 * Running totals for "Thống kê" (issue 15): one document per unit and Vietnam month with what
 * the unit published (kind `reports`, worked out again from that month's reports whenever one
 * changes, src/data/statistics/totals.ts) and one per unit, month and server process with the
 * views it counted (kind `views`, each process adding to its own documents only, as
 * report-views does), and one per unit with its models by field, level, status and year (kind
 * `models`, month `all`). The dashboard adds up a few hundred of these rather than reading every
 * report: the Local API alone took seconds at 100,000 reports (README, Thống kê).
 * `npm run statistics:rebuild` works every document out afresh. Written only by the server.
 */
export const StatisticsMonths: CollectionConfig = {
  slug: STATISTICS_MONTHS,
  labels: {
    singular: { vi: 'Số liệu thống kê theo tháng', en: 'Monthly statistics' },
    plural: { vi: 'Số liệu thống kê theo tháng', en: 'Monthly statistics' },
  },
  // derived figures, nothing to edit: the admin shows them in "Thống kê" (/admin/thong-ke)
  admin: { useAsTitle: 'month', hidden: true },
  access: { read: adminOnly, create: nobody, update: nobody, delete: nobody },
  lockDocuments: false,
  endpoints: [statisticsDashboardEndpoint, statisticsExportEndpoint],
  indexes: [{ fields: ['unit', 'month', 'kind', 'writer'], unique: true }, { fields: ['month', 'kind'] }],
  fields: [
    { name: 'unit', type: 'relationship', relationTo: 'units', required: true, index: true, label: { vi: 'Đơn vị', en: 'Unit' } },
    { name: 'month', type: 'text', required: true, label: { vi: 'Tháng (năm-tháng)', en: 'Month (year-month)' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { vi: 'Loại', en: 'Kind' },
      options: [
        { value: 'reports', label: { vi: 'Tin bài', en: 'Reports' } },
        { value: 'views', label: { vi: 'Lượt xem', en: 'Views' } },
        { value: 'models', label: { vi: 'Mô hình', en: 'Models' } },
      ],
    },
    { name: 'writer', type: 'text', required: true, label: { vi: 'Tiến trình ghi', en: 'Writing process' } },
    { name: 'data', type: 'json', required: true, label: { vi: 'Số liệu', en: 'Figures' } },
  ],
}
