import type { CollectionConfig } from 'payload'
import { anyone, createInOwnUnit, updateOwnOrUnit } from '../../src/access'
import { createdByField, unitField } from '../../src/fields/unit'
import { guardUnit } from '../../src/hooks/guardUnit'
import { setCreatedBy } from '../../src/hooks/setCreatedBy'
import { processUpload } from './hooks/processUpload'
import { recordVariants } from './hooks/recordVariants'
import type { VariantMap } from './hooks/variantFiles'
import { removeVariants, writeVariants } from './hooks/writeVariants'
import { guardFileName } from './guardFileName'
import { photosDir, s3, serveFromStore } from './storage'
import { dayField } from '../../src/fields/date'

/**
 * Photos from conferences and field visits. Payload stores the original; our pipeline
 * (src/lib/images) decodes each photo once and writes every size beside it, so Payload's
 * own per-size decoding is not configured here.
 */
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
  hooks: {
    beforeOperation: [processUpload],
    beforeChange: [setCreatedBy, guardUnit, recordVariants],
    afterChange: [writeVariants],
    afterDelete: [removeVariants],
  },
  upload: {
    staticDir: photosDir,
    // with S3 the pipeline writes every file to the bucket and this route reads it back
    disableLocalStorage: Boolean(s3),
    // the name is checked first (guardFileName): probes get 400/404, not Payload's 500
    handlers: s3 ? [guardFileName, serveFromStore] : [guardFileName],
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
    focalPoint: true,
    crop: false,
    adminThumbnail: ({ doc }) => (doc.variants as VariantMap | undefined)?.thumbnail?.webp?.url ?? null,
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
    {
      name: 'sha256',
      type: 'text',
      index: true,
      label: { vi: 'Mã băm SHA-256', en: 'SHA-256' },
      admin: { readOnly: true, position: 'sidebar', description: { vi: 'Nhận ra ảnh trùng trong cùng đơn vị.', en: 'Spots the same photo uploaded twice in a unit.' } },
    },
    {
      name: 'variants',
      type: 'json',
      label: { vi: 'Các cỡ ảnh', en: 'Sizes' },
      admin: { readOnly: true, hidden: true },
    },
  ],
}
