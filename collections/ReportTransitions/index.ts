import type { CollectionConfig } from 'payload'
import { toOptions } from '../../src/lib/options'
import { WORKFLOW_STATES } from '../../src/lib/workflow/states'
import { WORKFLOW_RULES } from '../../src/lib/workflow/transitions'
import { readTransitions } from './access/readTransitions'
import { refuseChange, refuseDelete } from '../../src/hooks/appendOnly'
import { statisticsAfterTransition } from '../../src/data/statistics/totals'

/**
 * The audit trail of the editorial workflow: one entry per transition, written only by the
 * workflow itself. Entries can never be edited or deleted, by any API, admins included:
 * access says no, and hooks refuse even Local API calls that override access.
 */
export const ReportTransitions: CollectionConfig = {
  slug: 'report-transitions',
  labels: {
    singular: { vi: 'Lịch sử quy trình', en: 'Workflow entry' },
    plural: { vi: 'Lịch sử quy trình', en: 'Workflow history' },
  },
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['report', 'action', 'from', 'to', 'user', 'createdAt'],
    group: { vi: 'Quản trị', en: 'Administration' },
  },
  access: {
    read: readTransitions,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  // a publication's turnaround counts in "Thống kê" once its entry is written
  hooks: { beforeChange: [refuseChange], beforeDelete: [refuseDelete], afterChange: [statisticsAfterTransition] },
  fields: [
    { name: 'report', type: 'relationship', relationTo: 'reports', required: true, index: true, label: { vi: 'Tin bài', en: 'Report' } },
    { name: 'unit', type: 'relationship', relationTo: 'units', index: true, label: { vi: 'Đơn vị', en: 'Unit' } },
    {
      name: 'action',
      type: 'select',
      required: true,
      label: { vi: 'Thao tác', en: 'Action' },
      options: WORKFLOW_RULES.map((r) => ({ value: r.action, label: { vi: r.vi, en: r.en } })),
    },
    { name: 'from', type: 'select', label: { vi: 'Từ trạng thái', en: 'From' }, options: toOptions(WORKFLOW_STATES) },
    { name: 'to', type: 'select', label: { vi: 'Sang trạng thái', en: 'To' }, options: toOptions(WORKFLOW_STATES) },
    { name: 'user', type: 'relationship', relationTo: 'users', label: { vi: 'Người thực hiện', en: 'By' } },
    { name: 'comment', type: 'textarea', label: { vi: 'Nhận xét', en: 'Comment' } },
    { name: 'scheduledAt', type: 'date', label: { vi: 'Hẹn giờ', en: 'Scheduled for' } },
  ],
}
