import type { CollectionConfig } from 'payload'
import { createInOwnUnit, editorsAndUpField, updateOwnOrUnit } from '../../src/access'
import { createdByField, unitField } from '../../src/fields/unit'
import { guardUnit } from '../../src/hooks/guardUnit'
import { setCreatedBy } from '../../src/hooks/setCreatedBy'
import { processUpload } from './hooks/processUpload'
import { recordVariants } from './hooks/recordVariants'
import type { VariantMap } from './hooks/variantFiles'
import { removeVariants, writeVariants } from './hooks/writeVariants'
import { guardFileName } from './guardFileName'
import { readMedia } from './fileAccess'
import { setPublic } from './hooks/setPublic'
import { payloadUploadDir, serveFromStore } from './storage'
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
    // public photos to anyone, the rest to their unit's staff; files and sizes alike (fileAccess.ts)
    read: readMedia,
    create: createInOwnUnit('contributor', 'editor', 'approver'),
    update: updateOwnOrUnit,
    delete: updateOwnOrUnit,
  },
  hooks: {
    beforeOperation: [processUpload],
    beforeChange: [setCreatedBy, guardUnit, recordVariants, setPublic],
    afterChange: [writeVariants],
    afterDelete: [removeVariants],
  },
  upload: {
    // the pipeline writes every file, to the folder or the bucket (writeVariants), and removes
    // them after the commit (src/data/storedFiles.ts); Payload writes and removes none (storage.ts)
    staticDir: payloadUploadDir,
    disableLocalStorage: true,
    // the name is checked first (guardFileName): probes get 400/404, not Payload's 500; then
    // the file is served from the folder or bucket with the Cache-Control its photo allows
    handlers: [guardFileName, serveFromStore],
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
      name: 'public',
      type: 'checkbox',
      index: true,
      label: { vi: 'Công khai', en: 'Public' },
      // worked out on every save (setPublic) and whenever a document using the photo changes
      access: { create: () => false, update: () => false },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          vi: 'Tự tính: ảnh công khai khi một tin bài đã xuất bản, một cán bộ hoặc một mô hình dùng nó, hoặc khi được đánh dấu công khai. Ảnh chưa công khai chỉ cán bộ của đơn vị xem được.',
          en: 'Worked out: a photo is public once a published report, an official or a model uses it, or it is marked public. Until then only its unit’s staff see it.',
        },
      },
    },
    {
      name: 'markedPublic',
      type: 'checkbox',
      label: { vi: 'Đánh dấu công khai', en: 'Mark public' },
      // editors and up (of the photo's unit: only they may update it)
      access: { create: editorsAndUpField, update: editorsAndUpField },
      admin: {
        position: 'sidebar',
        description: { vi: 'Cho mọi người xem ảnh dù chưa bài nào đã xuất bản dùng nó.', en: 'Lets anyone see the photo before a published report uses it.' },
      },
    },
    {
      name: 'variants',
      type: 'json',
      label: { vi: 'Các cỡ ảnh', en: 'Sizes' },
      admin: { readOnly: true, hidden: true },
    },
  ],
}
