import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { anyone, createInOwnUnit, updateOwnOrUnit } from '../../src/access'
import { createdByField, unitField } from '../../src/fields/unit'
import { guardUnit } from '../../src/hooks/guardUnit'
import { setCreatedBy } from '../../src/hooks/setCreatedBy'
import { mediaDir } from '../../src/lib/config/paths'
import { dayField } from '../../src/fields/date'

/** Photos from conferences and field visits. The full pipeline comes with the photos issue. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { vi: 'Ảnh', en: 'Photo' },
    plural: { vi: 'Thư viện ảnh', en: 'Photos' },
  },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'caption', 'credit', 'unit'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  access: {
    read: anyone,
    create: createInOwnUnit('contributor', 'editor', 'approver'),
    update: updateOwnOrUnit,
    delete: updateOwnOrUnit,
  },
  hooks: { beforeChange: [setCreatedBy, guardUnit] },
  upload: {
    staticDir: path.join(mediaDir(), 'photos'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
    focalPoint: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 320, formatOptions: { format: 'webp', options: { quality: 80 } } },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: { vi: 'Mô tả ảnh (alt)', en: 'Alt text' },
      admin: { description: { vi: 'Mô tả nội dung ảnh cho người đọc không xem được ảnh.', en: 'Describes the photo for readers who cannot see it.' } },
    },
    { name: 'caption', type: 'textarea', label: { vi: 'Chú thích ảnh', en: 'Caption' } },
    { name: 'credit', type: 'text', label: { vi: 'Tác giả ảnh', en: 'Photo credit' } },
    dayField('takenAt', { vi: 'Ngày chụp', en: 'Date taken' }),
    unitField(),
    createdByField,
  ],
}
