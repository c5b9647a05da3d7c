import type { CollectionConfig } from 'payload'
import { commentAccess } from './access/commentAccess'
import { stampComment } from './hooks/stampComment'

/** Editorial comments: a thread per report for its unit's staff, shown beside the report. */
export const ReportComments: CollectionConfig = {
  slug: 'report-comments',
  labels: {
    singular: { vi: 'Góp ý biên tập', en: 'Editorial comment' },
    plural: { vi: 'Góp ý biên tập', en: 'Editorial comments' },
  },
  admin: {
    useAsTitle: 'text',
    defaultColumns: ['text', 'kind', 'author', 'resolved', 'createdAt'],
    group: { vi: 'Nội dung', en: 'Content' },
    hidden: true, // reached from the report they belong to
  },
  access: commentAccess,
  hooks: { beforeChange: [stampComment] },
  fields: [
    { name: 'report', type: 'relationship', relationTo: 'reports', required: true, index: true, label: { vi: 'Tin bài', en: 'Report' } },
    { name: 'text', type: 'textarea', required: true, label: { vi: 'Nội dung góp ý', en: 'Comment' } },
    {
      name: 'resolved',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Đã giải quyết', en: 'Resolved' },
      admin: {
        // the list says what the box means, not "đúng" / "sai"
        components: {
          Cell: {
            path: '/src/components/admin/WordCell#WordCell',
            clientProps: { yes: { vi: 'Đã giải quyết', en: 'Resolved' }, no: { vi: 'Chưa giải quyết', en: 'Open' } },
          },
        },
      },
    },
    { name: 'author', type: 'relationship', relationTo: 'users', label: { vi: 'Người góp ý', en: 'Author' }, admin: { readOnly: true } },
    {
      // one thread: a report's return comment (Trả lại) is in it, beside the editorial comments
      name: 'kind',
      type: 'select',
      defaultValue: 'comment',
      label: { vi: 'Loại', en: 'Kind' },
      options: [
        { value: 'comment', label: { vi: 'Góp ý', en: 'Comment' } },
        { value: 'return', label: { vi: 'Trả lại', en: 'Returned' } },
      ],
      admin: { readOnly: true },
    },
    { name: 'unit', type: 'relationship', relationTo: 'units', index: true, admin: { hidden: true } },
  ],
}
