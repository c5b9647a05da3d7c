import type { CollectionConfig } from 'payload'
import { adminOnly, anyone, editorsAndUp } from '../../src/access'
import { reportsJoin } from '../../src/fields/reportsJoin'
import { vietnameseSlugField } from '../../src/fields/slug'
import { CAMPAIGN_KINDS, CAMPAIGN_SCOPES } from '../../src/lib/campaigns'
import { toOptions } from '../../src/lib/options'
import { dayField } from '../../src/fields/date'

/** Movements, campaigns, theme years and plans ("Dân vận khéo", "Năm Dân vận chính quyền"...). */
export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  labels: {
    singular: { vi: 'Phong trào, cuộc vận động', en: 'Campaign' },
    plural: { vi: 'Phong trào, cuộc vận động', en: 'Campaigns' },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'scope', 'start', 'end'], group: { vi: 'Danh mục', en: 'Reference' } },
  access: { read: anyone, create: editorsAndUp, update: editorsAndUp, delete: adminOnly },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên', en: 'Name' } },
    vietnameseSlugField('name'),
    { name: 'kind', type: 'select', required: true, label: { vi: 'Loại', en: 'Kind' }, options: toOptions(CAMPAIGN_KINDS) },
    { name: 'scope', type: 'select', label: { vi: 'Phạm vi', en: 'Scope' }, options: toOptions(CAMPAIGN_SCOPES) },
    {
      type: 'row',
      fields: [
        dayField('start', { vi: 'Bắt đầu', en: 'Start' }),
        dayField('end', { vi: 'Kết thúc', en: 'End' }, { description: { vi: 'Để trống nếu đang tiếp diễn.', en: 'Empty while ongoing.' } }),
      ],
    },
    { name: 'issuingBody', type: 'text', label: { vi: 'Cơ quan phát động, ban hành', en: 'Issuing body' } },
    { name: 'legalDocuments', type: 'relationship', relationTo: 'legal-documents', hasMany: true, label: { vi: 'Văn bản căn cứ', en: 'Legal basis' } },
    { name: 'description', type: 'textarea', label: { vi: 'Mô tả', en: 'Description' } },
    reportsJoin('campaigns'),
  ],
}
