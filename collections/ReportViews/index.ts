import type { Access, CollectionConfig } from 'payload'
import { isAdmin, staffOf } from '../../src/lib/roles'

export const REPORT_VIEWS = 'report-views'

const nobody = () => false
const staff: Access = ({ req }) => Boolean(staffOf(req))

/**
 * Readers' views of published reports, apart from the reports themselves: one row per report,
 * Vietnam calendar day and writing server process, holding that process's count of the day
 * (src/site/viewCounter.ts). Each process only ever writes its own rows, so two processes
 * never race on one row; a report's views are the sum of its rows plus the count imported
 * from its old site (`importedViewCount`), read as the report's `viewCount`. A visit
 * therefore never writes the report: no new version, no new "Ngày cập nhật".
 * Staff may read the rows; nobody writes them through REST or GraphQL, only the server.
 */
export const ReportViews: CollectionConfig = {
  slug: REPORT_VIEWS,
  labels: {
    singular: { vi: 'Lượt xem theo ngày', en: 'Daily views' },
    plural: { vi: 'Lượt xem theo ngày', en: 'Daily views' },
  },
  admin: {
    useAsTitle: 'day',
    defaultColumns: ['report', 'day', 'count', 'writer'],
    group: { vi: 'Quản trị', en: 'Administration' },
    hidden: ({ user }) => !isAdmin(staffOf({ user })),
  },
  defaultSort: '-day',
  access: { read: staff, create: nobody, update: nobody, delete: nobody },
  // written only by the counter, never opened for editing: no document-lock check on each write
  lockDocuments: false,
  // (report, day) finds a report's rows, by day; the writer makes each row one process's own
  indexes: [{ fields: ['report', 'day', 'writer'], unique: true }],
  fields: [
    { name: 'report', type: 'relationship', relationTo: 'reports', required: true, index: true, label: { vi: 'Tin bài', en: 'Report' } },
    {
      name: 'day',
      type: 'text',
      required: true,
      index: true,
      label: { vi: 'Ngày (giờ Việt Nam)', en: 'Day (Vietnam time)' },
      admin: { description: { vi: 'Dạng năm-tháng-ngày, ví dụ 2026-03-01.', en: 'As year-month-day, e.g. 2026-03-01.' } },
    },
    {
      name: 'writer',
      type: 'text',
      required: true,
      label: { vi: 'Tiến trình ghi', en: 'Writing process' },
      admin: { description: { vi: 'Mỗi tiến trình máy chủ chỉ ghi vào dòng của mình.', en: 'Each server process writes only its own rows.' } },
    },
    { name: 'count', type: 'number', required: true, defaultValue: 0, min: 0, label: { vi: 'Số lượt xem', en: 'Views' } },
  ],
}
